using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// The page numbers: on every page, the right number; on a GB/T 9704 page `— N —` in 4号, the top of
/// the dash's ink 7 mm below the type area's foot (269 mm from the top edge), odd pages right and
/// even pages left, one character in from the type area's edge.
/// </summary>
internal static partial class PageNumbers
{
    /// <summary>GB/T 9704: the type area's foot is 37 + 225 = 262 mm from the top, the dash's ink 7 mm below it.</summary>
    public const double DashTopMm = 262 + 7;

    public const double Tolerance = 1;

    /// <summary>The page's number: its lowest line that reads `— N —`, `N`, or `Page N of M`.</summary>
    public static TextLine? Find(PreflightPage page, PreflightDocument document) =>
        page.Lines.Count == 0 || Number(page.Lines[^1]) is null ? null : page.Lines[^1];

    /// <summary>The number a page-number line shows, or null when it is not one.</summary>
    public static int? Number(TextLine line)
    {
        var match = Pattern().Match(line.Text);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static void Run(PreflightDocument document, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var missing = new List<int>();
        var dashTops = new List<(int Page, double Mm)>();
        var indents = new List<(int Page, double Mm)>();
        var wrongSide = new List<int>();
        foreach (var page in document.Pages)
        {
            if (Find(page, document) is not { } line)
            {
                missing.Add(page.Number);
                continue;
            }

            if (Number(line) is { } shown && shown != page.Number)
            {
                findings.Add(new(DiagnosticSeverity.Error, PreflightCheck.PageNumber, page.Number, new(
                    $"the page number reads {shown}, but this is page {page.Number}",
                    $"页码为 {shown}，但这是第{page.Number}页")));
            }

            if (document.Kind != EditionKind.ChineseOfficial)
            {
                continue;
            }

            var dash = line.Letters.FirstOrDefault(l => l.Value is "—" or "–" or "-");
            if (dash is not null)
            {
                dashTops.Add((page.Number, PreflightDocument.Mm(page.Height - dash.BoundingBox.Top)));
            }

            // Odd pages carry it right, even pages left, one 4号 character (14 pt) in from the type area.
            var centre = (line.Left + line.Right) / 2;
            if (page.IsOdd != centre > page.Width / 2)
            {
                wrongSide.Add(page.Number);
            }

            var edge = page.IsOdd ? page.Width - PreflightDocument.Points(ChineseGrid.RightMarginMm) : PreflightDocument.Points(ChineseGrid.RightMarginMm);
            indents.Add((page.Number, PreflightDocument.Mm(page.IsOdd ? edge - line.Right : line.Left - edge)));
        }

        if (missing.Count > 0)
        {
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.PageNumber, missing[0], new(
                $"no page number on {Pages.En(missing)}",
                $"{Pages.Zh(missing)}没有页码")));
        }

        figures.Add(new(new("pages with a page number", "有页码的页"), $"{document.Pages.Count - missing.Count}/{document.Pages.Count}", new("all", "全部")));
        if (document.Kind != EditionKind.ChineseOfficial)
        {
            return;
        }

        Measured.Report(findings, figures, PreflightCheck.PageNumber, dashTops, DashTopMm, Tolerance,
            new("page number's dash, ink top from the top edge", "页码横线墨迹顶端距页面上边"),
            new("the page number's dash", "页码横线墨迹顶端"));
        Measured.Report(findings, figures, PreflightCheck.PageNumber, indents, ChineseGrid.CharacterMm(14), Tolerance,
            new("page number, in from the type area's edge", "页码距版心边缘"),
            new("the page number's distance from the type area's edge", "页码距版心边缘"));
        if (wrongSide.Count > 0)
        {
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.PageNumber, wrongSide[0], new(
                $"the page number is on the wrong side (odd pages right, even pages left) on {Pages.En(wrongSide)}",
                $"{Pages.Zh(wrongSide)}页码位置左右不对（单页居右，双页居左）")));
        }
    }

    // Dashes of any width, with or without spaces (the spaces are positioning, not letters).
    [GeneratedRegex(@"^(?:[—–-]\s*(?<n>\d+)\s*[—–-]|(?:Page\s*)?(?<n>\d+)(?:\s*of\s*\d+)?|第\s*(?<n>\d+)\s*页)$")]
    private static partial Regex Pattern();
}
