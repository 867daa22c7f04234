using UglyToad.PdfPig.Content;

namespace BriefingGen.Tests.Printing;

/// <summary>One printed line: the letters of one page that share a baseline, left to right, spaces included.</summary>
internal sealed record TextLine(int Page, double Baseline, IReadOnlyList<Letter> Letters)
{
    public string Text => string.Concat(Letters.Select(l => l.Value));

    public double Left => Letters[0].StartBaseLine.X;

    public double Right => Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Max(l => l.EndBaseLine.X);

    public double FontSize => Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Max(l => l.PointSize);

    /// <summary>The lowest ink of the line, in points from the page's bottom edge.</summary>
    public double Bottom => Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.BoundingBox.Bottom);

    /// <summary>
    /// The gaps between words: from the end of a word's last letter to the start of the next word's
    /// first, where a space wider than a tenth of the size, or a gap of a fifth, parts them.
    /// </summary>
    public IEnumerable<double> WordGaps()
    {
        Letter? last = null;
        var spaced = false;
        foreach (var letter in Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                spaced = true;
                continue;
            }

            // A space of no width is no word space: an unbroken soft hyphen is read back as one.
            var gap = letter.StartBaseLine.X - (last?.StartBaseLine.X + last?.Width);
            if (gap is { } g && (spaced && g > letter.PointSize / 10 || g > letter.PointSize / 5))
            {
                yield return g;
            }

            last = letter;
            spaced = false;
        }
    }

    /// <summary>Groups letters into lines: same page, baselines within a third of the size, then left to right.</summary>
    public static List<TextLine> Of(IEnumerable<PlacedLetter> letters)
    {
        var lines = new List<TextLine>();
        foreach (var page in letters.GroupBy(l => l.Page).OrderBy(g => g.Key))
        {
            var open = new List<(double Baseline, List<Letter> Letters)>();
            foreach (var placed in page)
            {
                var letter = placed.Letter;
                var y = letter.StartBaseLine.Y;
                var index = open.FindIndex(o => Math.Abs(o.Baseline - y) < Math.Max(2, letter.PointSize / 3));
                if (index < 0)
                {
                    open.Add((y, [letter]));
                }
                else
                {
                    open[index].Letters.Add(letter);
                }
            }

            lines.AddRange(open
                .Where(o => o.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
                .OrderByDescending(o => o.Baseline)
                .Select(o => new TextLine(page.Key, o.Baseline, o.Letters.OrderBy(l => l.StartBaseLine.X).ToList())));
        }

        return lines;
    }
}
