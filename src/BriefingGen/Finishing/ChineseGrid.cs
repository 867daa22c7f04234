using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// The GB/T 9704 page, measured on the glyphs: the first line's ink 37 ± 1 mm from the top, the
/// binding margin 28 mm (left on odd pages; the right margin 26 mm comes left on even pages), a type
/// area of 156 × 225 mm holding 22 lines of 28 characters of 3号 (16 pt) text, and every body line on
/// the page's grid (a whole number of line pitches below the first, so that duplex pages back up).
/// </summary>
internal static class ChineseGrid
{
    public const double TopMm = 37;
    public const double BindingMarginMm = 28;
    public const double RightMarginMm = 26;
    public const double TypeWidthMm = 156;
    public const double TypeHeightMm = 225;
    public const int LinesPerPage = 22;
    public const int CharactersPerLine = 28;
    public const double BodySize = 16;

    /// <summary>225 mm / 22 lines.</summary>
    public static double Pitch => PreflightDocument.Points(TypeHeightMm) / LinesPerPage;

    /// <summary>A baseline further than this from the grid is off it: a point, well above rounding.</summary>
    public const double OffGridPoints = 1;

    public static double CharacterMm(double size) => PreflightDocument.Mm(size);

    public static void Run(PreflightDocument document, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var tops = new List<(int, double)>();
        var oddLefts = new List<(int, double)>();
        var evenLefts = new List<(int, double)>();
        var widest = 0.0;
        var widestPage = 0;
        var pitchSum = 0.0;
        var pitchSteps = 0;
        var fullLineCounts = new List<int>();
        foreach (var page in document.Pages)
        {
            var content = document.Content(page);
            if (content.Count == 0)
            {
                continue;
            }

            // The characters of the first line: their ink, not their line box. A last page whose text
            // starts below its middle holds the end block alone, set at the foot by design.
            var top = page.Height - content[0].InkTop;
            if (page != document.Pages[^1] || top < page.Height / 2)
            {
                tops.Add((page.Number, PreflightDocument.Mm(top)));
            }
            var body = content.Where(document.IsBody).ToList();
            if (body.Count == 0)
            {
                continue;
            }

            (page.IsOdd ? oddLefts : evenLefts).Add((page.Number, PreflightDocument.Mm(body.Min(l => l.InkLeft))));
            if (body.Max(l => l.Width) is var width && width > widest)
            {
                (widest, widestPage) = (width, page.Number);
            }

            // Chromium rounds each line box to whole pixels (0.75 pt), so neighbouring baselines are
            // 28.5 or 29.25 pt apart: the pitch is their mean over runs of consecutive lines.
            foreach (var step in body.Zip(body.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(d => d > 0.8 * Pitch && d < 1.2 * Pitch))
            {
                pitchSum += step;
                pitchSteps++;
            }
        }

        Measured.Report(findings, figures, PreflightCheck.FirstLine, tops, TopMm, 1,
            new("first line's ink from the top edge", "首行文字墨迹距页面上边"), new("the first line's ink from the top edge", "首行文字墨迹距页面上边"));
        Measured.Report(findings, figures, PreflightCheck.Margin, oddLefts, BindingMarginMm, 1,
            new("left margin to the ink, odd pages", "单页左白边（至墨迹）"), new("the left margin (to the ink) of odd pages", "单页左白边（至墨迹）"));
        Measured.Report(findings, figures, PreflightCheck.Margin, evenLefts, RightMarginMm, 1,
            new("left margin to the ink, even pages", "双页左白边（至墨迹）"), new("the left margin (to the ink) of even pages", "双页左白边（至墨迹）"));
        // The type area is as wide as its widest line: a page of short lines does not make it narrower.
        Measured.Report(findings, figures, PreflightCheck.TypeArea, widestPage == 0 ? [] : [(widestPage, PreflightDocument.Mm(widest))], TypeWidthMm, 1,
            new("type area's width (widest body line)", "版心宽度（最宽正文行）"), new("the type area's width", "版心宽度"));

        var pitch = pitchSteps == 0 ? Pitch : pitchSum / pitchSteps;
        figures.Add(new(new("line pitch of the body", "正文行距"), $"{Measured.F(pitch)} pt", new($"{Measured.F(Pitch)} pt (225 mm / 22)", $"{Measured.F(Pitch)} pt（225 mm / 22）")));
        if (Math.Abs(pitch - Pitch) > 0.5)
        {
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.Grid, 0, new(
                $"the body's line pitch is {Measured.F(pitch)} pt, not {Measured.F(Pitch)} pt (225 mm for 22 lines)",
                $"正文行距为 {Measured.F(pitch)} pt，应为 {Measured.F(Pitch)} pt（225 mm 排 22 行）")));
        }

        Lines(document, pitch, findings, figures);
    }

    /// <summary>Lines per page, characters per line, the type area's height, and the lines off the grid.</summary>
    private static void Lines(PreflightDocument document, double pitch, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var slots = new List<(int Page, int Slots)>();
        var characters = new List<int>();
        var offGrid = new List<(int Page, TextLine Line, double By)>();
        // The grid is the same on every page, so that duplex pages back up: a baseline's place within
        // its pitch, which most body lines of the document share (to a quarter point), is the grid's.
        // A page that opens with a card or a figure line is measured against it all the same.
        var residues = document.Pages.SelectMany(page => document.Content(page).Where(document.IsBody)).Select(l => Residue(l.Baseline, pitch)).ToList();
        var grid = residues.Count == 0 ? 0 : Mode(residues.Select(r => Math.Round(r * 4) / 4));
        foreach (var page in document.Pages)
        {
            var content = document.Content(page);
            var body = content.Where(document.IsBody).ToList();
            if (body.Count == 0)
            {
                continue;
            }

            // The grid starts at the type area's first line, whatever it holds (on page 1, the classification line).
            var first = content[0].Baseline;
            slots.Add((page.Number, (int)Math.Round((first - body[^1].Baseline) / pitch) + 1));
            var longest = body.Max(l => l.Width);
            foreach (var line in body)
            {
                var by = Residue(line.Baseline - grid, pitch);
                by = by > pitch / 2 ? by - pitch : by;
                if (Math.Abs(by) > OffGridPoints)
                {
                    offGrid.Add((page.Number, line, by));
                }

                // A full line (as wide as the widest) shows how many characters the grid holds.
                if (line.Width > longest - 0.5 * line.Size)
                {
                    characters.Add(line.Letters.Count);
                }
            }
        }

        // The last page may end short; the others show how many lines a page holds.
        var full = slots.Count > 1 ? slots.SkipLast(1).ToList() : slots;
        var perPage = full.Count == 0 ? 0 : full.Max(s => s.Slots);
        figures.Add(new(new("lines per page (most on a page, last page aside)", "每页行数（除末页外最多）"), perPage.ToString(CultureInfo.InvariantCulture), new($"{LinesPerPage}", $"{LinesPerPage}")));
        if (full.Count > 0 && perPage != LinesPerPage)
        {
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.Grid, 0, new(
                $"a full page holds {perPage} lines of body text, not {LinesPerPage}",
                $"满页排正文 {perPage} 行，应为 {LinesPerPage} 行")));
        }

        var height = PreflightDocument.Mm(perPage * pitch);
        figures.Add(new(new("type area's height (lines × pitch)", "版心高度（行数 × 行距）"), $"{Measured.F(height)} mm", new($"{TypeHeightMm} ± 1 mm", $"{TypeHeightMm} ± 1 mm")));

        var perLine = characters.Count == 0 ? 0 : Mode(characters);
        figures.Add(new(new("characters per full line", "满行字数"), perLine.ToString(CultureInfo.InvariantCulture), new($"{CharactersPerLine}", $"{CharactersPerLine}")));
        if (characters.Count > 0 && perLine != CharactersPerLine)
        {
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.Grid, 0, new(
                $"a full line holds {perLine} characters, not {CharactersPerLine}",
                $"满行 {perLine} 字，应为 {CharactersPerLine} 字")));
        }

        figures.Add(new(new("body lines off the page grid", "偏离版面网格的正文行"), offGrid.Count.ToString(CultureInfo.InvariantCulture), new("0", "0")));
        if (offGrid.Count > 0)
        {
            var listEn = string.Join("; ", offGrid.Take(8).Select(o => $"page {o.Page} '{o.Line.Excerpt(8)}' {Measured.F(Math.Abs(o.By))} pt"));
            var listZh = string.Join("；", offGrid.Take(8).Select(o => $"第{o.Page}页“{o.Line.Excerpt(8)}”{Measured.F(Math.Abs(o.By))} pt"));
            var more = offGrid.Count > 8 ? $" (+{offGrid.Count - 8})" : "";
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.OffGrid, offGrid[0].Page, new(
                $"{offGrid.Count} body lines are off the page's grid (not a whole number of pitches from the grid the document's body lines keep): {listEn}{more}",
                $"{offGrid.Count} 行正文偏离版面网格（与全文正文行所在网格的距离不是整数倍行距）：{listZh}{more}")));
        }
    }

    /// <summary>Where a baseline falls within its line pitch: 0 up to the pitch.</summary>
    private static double Residue(double baseline, double pitch) => ((baseline % pitch) + pitch) % pitch;

    private static T Mode<T>(IEnumerable<T> values) where T : notnull =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key;
}
