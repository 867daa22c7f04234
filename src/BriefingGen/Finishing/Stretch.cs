using System.Globalization;
using BriefingGen.Diagnostics;
using UglyToad.PdfPig.Content;

namespace BriefingGen.Finishing;

/// <summary>
/// How far justification stretched a full line: its widest gap between two Han characters (or, in
/// Latin text, between two words) beyond the document's usual gap, against the line's size. More
/// than 5 % shows as a loose line.
/// </summary>
internal static class Stretch
{
    public const double Limit = 0.05;

    public static void Run(PreflightDocument document, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var widest = 0.0;
        TextLine? widestLine = null;
        foreach (var (line, _, stretch) in Measure(document))
        {
            if (stretch > widest)
            {
                widest = stretch;
                widestLine = line;
            }

            if (stretch > Limit)
            {
                var percent = (100 * stretch).ToString("0.0", CultureInfo.InvariantCulture);
                findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.Stretch, line.Page, new(
                    $"a justified line is stretched {percent} % of its size (at most {100 * Limit:0} %): '{line.Excerpt()}'",
                    $"两端对齐的一行被拉开字号的 {percent}%（不应超过 {100 * Limit:0}%）：“{line.Excerpt()}”")));
            }
        }

        var where = widestLine is null ? "" : $" (p. {widestLine.Page} '{widestLine.Excerpt(8)}')";
        var whereZh = widestLine is null ? "" : $"（第{widestLine.Page}页“{widestLine.Excerpt(8)}”）";
        figures.Add(new(new("widest stretch of a justified line", "两端对齐行的最大拉伸"),
            $"{(100 * widest).ToString("0.0", CultureInfo.InvariantCulture)} %{where}",
            new($"≤ {100 * Limit:0} %", $"≤ {100 * Limit:0}%"))
        { ValueZh = $"{(100 * widest).ToString("0.0", CultureInfo.InvariantCulture)}%{whereZh}" });
    }

    /// <summary>The lines stretched more than the limit, each with the line that follows it (where the text went on).</summary>
    public static IEnumerable<(TextLine Line, TextLine Next)> Loose(PreflightDocument document) =>
        Measure(document).Where(m => m.Stretch > Limit).Select(m => (m.Line, m.Next));

    /// <summary>Each full line with the one after it and its stretch, a fraction of its size.</summary>
    private static IEnumerable<(TextLine Line, TextLine Next, double Stretch)> Measure(PreflightDocument document)
    {
        var lines = FullLines(document).ToList();
        var hanNormal = Median(lines.SelectMany(l => Gaps(l.Line.Letters, Han)));
        var wordNormal = Median(lines.SelectMany(l => Gaps(l.Line.Letters, Latin).Where(g => g > 0.15 * l.Line.Size)));
        foreach (var (line, next) in lines)
        {
            var han = Gaps(line.Letters, Han).DefaultIfEmpty(double.NaN).Max() - hanNormal;
            var words = Gaps(line.Letters, Latin).Where(g => g > 0.15 * line.Size).DefaultIfEmpty(double.NaN).Max() - wordNormal;
            yield return (line, next, new[] { han, words }.Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max() / line.Size);
        }
    }

    /// <summary>
    /// Body lines that reach the column's right edge (the widest line of their size on the page) and
    /// are followed by another line of the same size: the lines justification may have stretched.
    /// Titles, captions and table cells are set centred or in cells, never justified to the column.
    /// </summary>
    private static IEnumerable<(TextLine Line, TextLine Next)> FullLines(PreflightDocument document)
    {
        foreach (var page in document.Pages)
        {
            var content = document.Content(page);
            for (var i = 0; i + 1 < content.Count; i++)
            {
                var line = content[i];
                var right = content.Where(l => Math.Abs(l.Size - line.Size) < 0.2 && Math.Abs(l.Left - line.Left) < 3 * line.Size).Max(l => l.Right);
                var next = content[i + 1];
                var below = line.Baseline - next.Baseline;
                if (document.IsBody(line) && line.Letters.Count > 4 && line.Right > right - 0.5 * line.Size
                    && Math.Abs(next.Size - line.Size) < 0.2 && below > line.Size && below < 2.5 * line.Size)
                {
                    yield return (line, next);
                }
            }
        }
    }

    /// <summary>The gaps between neighbouring letters that are both of a kind, from one's advance to the other's start.</summary>
    private static IEnumerable<double> Gaps(IReadOnlyList<Letter> letters, Func<Letter, bool> kind)
    {
        for (var i = 0; i + 1 < letters.Count; i++)
        {
            if (kind(letters[i]) && kind(letters[i + 1]) && Math.Abs(letters[i].PointSize - letters[i + 1].PointSize) < 0.1)
            {
                yield return letters[i + 1].StartBaseLine.X - letters[i].EndBaseLine.X;
            }
        }
    }

    /// <summary>A Han character (the unified ideographs and their extensions).</summary>
    public static bool Han(Letter letter) =>
        letter.Value.Length > 0 && char.ConvertToUtf32(letter.Value, 0) is var c
        && ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF));

    private static bool Latin(Letter letter) => letter.Value.Length == 1 && char.IsAsciiLetter(letter.Value[0]);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
