using UglyToad.PdfPig.Content;

namespace BriefingGen.Finishing;

/// <summary>One page as the preflight reads it: its size, its lines top to bottom, and the letters outside it.</summary>
internal sealed record PreflightPage(int Number, double Width, double Height, IReadOnlyList<TextLine> Lines, string TextOffPage)
{
    public bool IsOdd => Number % 2 == 1;

    /// <summary>
    /// Reads the page's letters into lines. A line ends where the text moves back to the left, jumps
    /// to another baseline (a footnote mark's raised baseline does not count: it is less than
    /// 0.6 of the size away), or leaves a gap wider than two characters (the next cell of a table row).
    /// </summary>
    public static PreflightPage Read(Page page)
    {
        var lines = new List<TextLine>();
        var current = new List<Letter>();
        foreach (var letter in page.Letters.Where(Visible))
        {
            if (current.Count > 0 && StartsLine(current, letter))
            {
                lines.Add(new TextLine(page.Number, current));
                current = [];
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            lines.Add(new TextLine(page.Number, current));
        }

        var box = page.MediaBox.Bounds;
        var off = page.Letters.Where(Visible)
            .Where(l => l.BoundingBox.Left < box.Left - 0.5 || l.BoundingBox.Right > box.Right + 0.5
                || l.BoundingBox.Bottom < box.Bottom - 0.5 || l.BoundingBox.Top > box.Top + 0.5)
            .Select(l => l.Value);
        return new PreflightPage(
            page.Number,
            page.Width,
            page.Height,
            lines.OrderByDescending(l => Math.Round(l.Baseline, 1)).ThenBy(l => l.Left).ToList(),
            string.Concat(off.Take(40)));
    }

    /// <summary>A letter that puts ink on the page: not a space, nor an invisible format character (a word joiner).</summary>
    public static bool Visible(Letter letter) =>
        !string.IsNullOrEmpty(letter.Value)
        && letter.Value.Any(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);

    private static bool StartsLine(List<Letter> line, Letter letter)
    {
        var previous = line[^1];
        var size = Math.Max(Math.Max(previous.PointSize, letter.PointSize), 1);
        var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
        return letter.StartBaseLine.X < previous.StartBaseLine.X - 1
            || gap > 2 * size
            || Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.6 * size;
    }
}
