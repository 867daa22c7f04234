using BriefingGen.Finishing;
using UglyToad.PdfPig.Content;

namespace BriefingGen.Printing;

/// <summary>
/// GB/T 9704 puts the end block (版记) at the foot of the last page, an even one, its last rule on
/// the type area's foot. CSS cannot say "at the foot of the page where the flow ends", so the PDF
/// is measured: the block is found by its 0.35 mm rules, and the move that puts it there is computed
/// for the next print. Each print corrects the last by what it measured.
/// </summary>
internal static class EndBlockPlacement
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>
    /// A CSS pixel, in millimetres. The browser sets the block on whole pixels: a drop changed by less
    /// than one moves it by one or not at all, so a foot less than a pixel above the area's is as
    /// close as another print could bring it (before, such a print moved it a pixel past and a third
    /// moved it back).
    /// </summary>
    public const double Pixel = 25.4 / 96;

    /// <summary>
    /// The block's foot is aimed this much above the area's: a box reaching the foot exactly can
    /// overflow it by rounding, and the browser then starts an empty page.
    /// </summary>
    private const double Clearance = 0.05;

    /// <summary>The end block on the PDF's last page, or null when it has none (the English edition's has no such rules).</summary>
    public static EndBlockSpot? Measure(ParsedPdf pdf)
    {
        var page = pdf.LastPage;
        var area = page.Paths
            .Where(p => p.IsClipping)
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r is not null)
            .Select(r => r!.Value)
            .OrderByDescending(r => r.Area)
            .FirstOrDefault();
        if (area.Width <= 0)
        {
            return null;
        }

        var rules = page.Paths
            .Where(p => p.IsFilled)
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r is { } box && box.Width >= 0.9 * area.Width && Math.Abs((box.Height / PointsPerMillimetre) - 0.35) < 0.03)
            .Select(r => r!.Value)
            .OrderByDescending(r => r.Top)
            .ToList();
        if (rules.Count < 2)
        {
            return null;
        }

        return new EndBlockSpot(
            page.Number,
            FromTop(page, rules[0].Top),
            FromTop(page, rules[^1].Bottom),
            FromTop(page, area.Top),
            FromTop(page, area.Bottom));
    }

    /// <summary>The next move, given the one that was printed and where it put the block; null when the block is where it belongs.</summary>
    public static EndBlockMove? Next(EndBlockMove printed, EndBlockSpot spot)
    {
        var shortBy = spot.AreaFoot - Clearance - spot.Foot;
        if (spot.Page % 2 == 0)
        {
            var above = spot.AreaFoot - spot.Foot;
            return above is >= 0 and < Pixel ? null : printed with { DropMillimetres = printed.DropMillimetres + shortBy };
        }

        // On an odd page: onto the next even one, where it starts the page with no gap above it,
        // pushed down by what leaves its foot on the area's foot.
        return printed.ToEvenPage
            ? printed with { DropMillimetres = printed.DropMillimetres + shortBy }
            : new EndBlockMove(true, spot.AreaFoot - Clearance - spot.AreaTop - spot.Height);
    }

    private static double FromTop(Page page, double y) => (page.Height - y) / PointsPerMillimetre;
}
