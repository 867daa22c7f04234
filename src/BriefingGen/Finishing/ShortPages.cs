using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// Pages that end short though the text could have filled them: a page whose last line stands more
/// than two lines above the type area's foot, when the next page goes on with a paragraph (or, in
/// English, where charts float, a figure) rather than start a section. A block kept whole (a chart, a paragraph that may not split) that did
/// not fit left the gap; the last page, and a page before a heading (a section or an annex starting
/// on its own page), may end short.
/// </summary>
internal static class ShortPages
{
    /// <summary>More empty lines than this are a gap a reader sees; one or two are a widow or an orphan avoided.</summary>
    public const int Lines = 2;

    public static void Run(PreflightDocument document, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        if (document.Kind == EditionKind.Other)
        {
            // A PDF of unknown kind may end its pages anywhere by design (a bilingual page keeps a block and its translation together).
            return;
        }

        var shortPages = 0;
        foreach (var (page, empty, mm, next) in Short(document))
        {
            // On a GB/T 9704 page only a paragraph counts: its charts are kept whole on the line grid and do
            // not float (print-zh.css), while any paragraph may split (orphans and widows of one line).
            if (Flow.IsHeading(document, next) || (document.Kind == EditionKind.ChineseOfficial && !document.IsBody(next)))
            {
                continue;
            }

            shortPages++;
            var size = mm.ToString("0", CultureInfo.InvariantCulture);
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.ShortPage, page, new(
                $"the page ends {empty} lines ({size} mm) short, though the next page goes on with '{next.Excerpt()}', which could have filled it (a block kept whole that did not fit)",
                $"本页末尾空了 {empty} 行（{size} mm），而下一页接排的“{next.Excerpt()}”本可排入本页（有不可拆分的块排不下而整块移到下一页）")));
        }

        figures.Add(new(new($"pages ending more than {Lines} lines short (last page and pages before a heading aside)", $"末尾空 {Lines} 行以上的页（末页及下一页以标题开始的页除外）"),
            shortPages.ToString(CultureInfo.InvariantCulture), new("0", "0")));
    }

    /// <summary>The headings that open a page after one ending more than two lines short: where the space above a heading could give way (Printing/HeadingSpace.cs).</summary>
    public static IEnumerable<TextLine> HeadingsAfterShortPages(PreflightDocument document) =>
        Short(document).Where(s => Flow.IsHeading(document, s.Next)).Select(s => s.Next);

    /// <summary>Each page but the last that ends more than two lines short: its number, its empty lines and millimetres, and the next page's first line.</summary>
    private static IEnumerable<(int Page, int Empty, double Mm, TextLine Next)> Short(PreflightDocument document)
    {
        var pitch = Pitch(document);
        var running = RunningLines(document);
        var contents = document.Pages.Select(page => document.Content(page).Where(l => !running.Contains(Key(l))).ToList()).ToList();
        var lasts = contents.Where(c => c.Count > 0).Select(c => c[^1].Baseline).ToList();
        if (pitch <= 0 || lasts.Count == 0)
        {
            yield break;
        }

        // The type area's foot: on a GB/T 9704 page the grid's last line, 21 pitches below its first (the
        // highest first line: a page may open lower, with a figure); otherwise the lowest last line.
        var foot = document.Kind == EditionKind.ChineseOfficial
            ? contents.Where(c => c.Count > 0).Max(c => c[0].Baseline) - ((ChineseGrid.LinesPerPage - 1) * pitch)
            : lasts.Min();
        for (var p = 0; p + 1 < contents.Count; p++)
        {
            var content = contents[p];
            var next = contents[p + 1];
            // A page that opens below its middle holds what is placed at its foot by design (the end block).
            if (content.Count == 0 || next.Count == 0 || next[0].Baseline < document.Pages[p + 1].Height / 2)
            {
                continue;
            }

            var empty = (int)Math.Floor(((content[^1].Baseline - foot) / pitch) + 0.25);
            if (empty > Lines)
            {
                yield return (document.Pages[p].Number, empty, PreflightDocument.Mm(content[^1].Baseline - foot), next[0]);
            }
        }
    }

    /// <summary>
    /// Running heads and feet: a line that stands at the same height with the same words (its numbers
    /// aside) on most pages is the page's furniture, not its text.
    /// </summary>
    private static HashSet<(double, string)> RunningLines(PreflightDocument document) =>
        document.Pages.SelectMany(page => document.Content(page).Select(Key).Distinct())
            .GroupBy(key => key)
            .Where(g => document.Pages.Count > 1 && g.Count() > document.Pages.Count / 2)
            .Select(g => g.Key)
            .ToHashSet();

    private static (double, string) Key(TextLine line) =>
        (Math.Round(line.Baseline), new string(line.Text.Where(c => !char.IsDigit(c)).ToArray()));

    /// <summary>The body's line pitch: the grid's on a GB/T 9704 page, otherwise the usual distance between neighbouring body lines.</summary>
    private static double Pitch(PreflightDocument document)
    {
        if (document.Kind == EditionKind.ChineseOfficial)
        {
            return ChineseGrid.Pitch;
        }

        var steps = document.Pages
            .Select(page => document.Content(page).Where(document.IsBody).ToList())
            .SelectMany(body => body.Zip(body.Skip(1), (a, b) => a.Baseline - b.Baseline))
            .Where(d => d > document.BodySize && d < 2.5 * document.BodySize)
            .Order()
            .ToList();
        return steps.Count == 0 ? 0 : steps[steps.Count / 2];
    }
}
