using UglyToad.PdfPig.Content;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// Where ink lies on a printed page, in millimetres from the page's top and left edges, read from
/// PdfPig's glyph boxes (the outline's extent, not the em box) and filled rectangles (rules), as a
/// checker of GB/T 9704 measures a page.
/// </summary>
internal static class InkGeometry
{
    public const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>GB/T 9704's type area: 37 mm from the top, 225 mm tall, so its foot is 262 mm from the top.</summary>
    public const double TypeAreaTop = 37;

    public const double TypeAreaFoot = 262;

    /// <summary>What <see cref="FirstInk"/> names a drawing.</summary>
    public const string Drawing = "a drawing";

    /// <summary>The page's letters with ink, a line a baseline, top to bottom; each with its ink's extent.</summary>
    public static IReadOnlyList<InkLine> Lines(Page page)
    {
        var lines = new List<InkLine>();
        foreach (var group in page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Height > 0)
            .GroupBy(l => Math.Round((page.Height - l.StartBaseLine.Y) / PointsPerMillimetre, 1))
            .OrderBy(g => g.Key))
        {
            var letters = group.OrderBy(l => l.BoundingBox.Left).ToList();
            lines.Add(new InkLine(
                group.Key,
                letters.Min(l => FromTop(page, l.BoundingBox.Top)),
                letters.Max(l => FromTop(page, l.BoundingBox.Bottom)),
                letters.Min(l => l.BoundingBox.Left) / PointsPerMillimetre,
                letters.Max(l => l.BoundingBox.Right) / PointsPerMillimetre,
                letters.Max(l => l.PointSize),
                string.Concat(letters.Select(l => l.Value)),
                letters));
        }

        return lines;
    }

    /// <summary>The top of the ink of the page number's first dash (— N —), below the type area; null on a page without one.</summary>
    public static double? PageNumberDashTop(Page page)
    {
        var foot = Lines(page).LastOrDefault(line => line.Baseline > TypeAreaFoot);
        var dash = foot?.Letters.FirstOrDefault(l => l.Value == "—");
        return dash is null ? null : FromTop(page, dash.BoundingBox.Top);
    }

    /// <summary>
    /// The first line of the type area (the page number below it excluded). A line of note marks
    /// alone is the raised part of the line below it, so it does not count.
    /// </summary>
    public static InkLine? FirstLine(Page page) =>
        Lines(page).FirstOrDefault(line => line.Baseline < TypeAreaFoot && line.Text.Trim('[', ']', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Length > 0);

    /// <summary>The top of the type area's first ink, a letter's or a drawing's (a chart's bars and rules), with what it is.</summary>
    public static (double Top, string What)? FirstInk(Page page)
    {
        var line = FirstLine(page);
        var drawn = page.Paths
            .Where(p => !p.IsClipping && (p.IsFilled || p.IsStroked))
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r is not null)
            .Select(r => FromTop(page, r!.Value.Top))
            .Where(top => top > TypeAreaTop - 10 && top < TypeAreaFoot)
            .DefaultIfEmpty(double.MaxValue)
            .Min();
        if (line is null && drawn == double.MaxValue)
        {
            return null;
        }

        return line is not null && line.InkTop <= drawn ? (line.InkTop, line.Text) : (drawn, Drawing);
    }

    /// <summary>
    /// The rules a line's width long or nearly (filled rectangles at least <paramref name="minimumWidth"/>
    /// mm wide and under a millimetre thick), top to bottom: their top and their thickness in mm.
    /// </summary>
    public static IReadOnlyList<InkRule> Rules(Page page, double minimumWidth)
    {
        var rules = new List<InkRule>();
        foreach (var path in page.Paths.Where(p => p.IsFilled))
        {
            if (path.GetBoundingRectangle() is { } box
                && box.Width / PointsPerMillimetre >= minimumWidth && box.Height / PointsPerMillimetre < 1)
            {
                rules.Add(new InkRule(FromTop(page, box.Top), box.Height / PointsPerMillimetre, box.Left / PointsPerMillimetre, box.Width / PointsPerMillimetre));
            }
        }

        return rules.OrderBy(r => r.Top).ToList();
    }

    public static double FromTop(Page page, double y) => (page.Height - y) / PointsPerMillimetre;
}
