using BriefingGen.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Finishing;

/// <summary>
/// The print preflight: measures a finished PDF, any PDF, from the file itself (glyph positions and
/// ink boxes through PdfPig, the fonts' own programs), recognizes what kind of edition it is, and
/// says what is wrong in print and by how much.
/// </summary>
internal static class Preflight
{
    // A4 in points; Chromium writes 594.96 × 841.92, so a point or two of slack.
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;

    /// <summary>
    /// The justified lines of a Chinese or bilingual edition stretched beyond the limit, each with the line after
    /// it, as text: what the printer tightens (Printing/LooseLines.cs).
    /// </summary>
    public static IReadOnlyList<(string Line, string Next)> LooseLines(ParsedPdf pdf) =>
        LooseLineGeometry(pdf).Select(l => (l.Line.Text, l.Next.Text)).ToList();

    /// <summary>The same loose lines with their letters where the page set them: what a single line's squeeze is computed from (Printing/LineSqueeze.cs).</summary>
    public static IReadOnlyList<(TextLine Line, TextLine Next)> LooseLineGeometry(ParsedPdf pdf)
    {
        // Chinese text is tightened; English is set ragged, or justified by its word spaces alone. The
        // language is in the catalogue: an English PDF's pages are not read at all.
        var language = pdf.Language;
        if (language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) != true)
        {
            return [];
        }

        var pages = pdf.Pages.Select(PreflightPage.Read).ToList();
        var bodySize = BodySize(pages);
        var document = new PreflightDocument(Recognize(language, pages, bodySize), language, pages, bodySize);
        return Stretch.Loose(document).ToList();
    }

    /// <summary>
    /// The headings of an English edition that open a page after one ending short, as text: the headings
    /// whose space above the printer lets give way (Printing/HeadingSpace.cs).
    /// </summary>
    public static IReadOnlyList<string> HeadingsAfterShortPages(ParsedPdf pdf)
    {
        var language = pdf.Language;
        if (language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) != true)
        {
            return [];
        }

        var pages = pdf.Pages.Select(PreflightPage.Read).ToList();
        var bodySize = BodySize(pages);
        var document = new PreflightDocument(Recognize(language, pages, bodySize), language, pages, bodySize);
        return document.Kind != EditionKind.English ? [] : ShortPages.HeadingsAfterShortPages(document).Select(l => l.Text).ToList();
    }

    private static double BodySize(List<PreflightPage> pages) =>
        pages.SelectMany(p => p.Lines).SelectMany(l => l.Letters).GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key ?? 0;

    public static PreflightReport Run(byte[] pdf)
    {
        using var parsed = new ParsedPdf(pdf);
        return Run(parsed);
    }

    /// <summary>The preflight of a PDF already read, whose pages other checks read too.</summary>
    public static PreflightReport Run(ParsedPdf pdf)
    {
        var file = pdf.File;
        var scanner = file.Structure.TokenScanner;
        var language = pdf.Language;
        var pages = new List<PreflightPage>();
        var colours = new List<(int Page, SortedSet<string> Spaces)>();
        foreach (var page in pdf.Pages)
        {
            pages.Add(PreflightPage.Read(page));
            colours.Add((page.Number, ColourCheck.Spaces(page)));
        }

        var bodySize = BodySize(pages);
        var document = new PreflightDocument(Recognize(language, pages, bodySize), language, pages, bodySize);

        var findings = new List<PreflightFinding>();
        var figures = new List<PreflightFigure>();
        figures.Add(new(new("body text size", "正文字号"), $"{Measured.F(bodySize)} pt", document.Kind == EditionKind.ChineseOfficial ? new("16 pt (3号)", "16 pt（3号）") : new("—", "—")));
        if (document.Kind == EditionKind.ChineseOfficial)
        {
            ChineseGrid.Run(document, findings, figures);
        }

        PageNumbers.Run(document, findings, figures);
        Kinsoku.Run(document, findings, figures);
        Stretch.Run(document, findings, figures);
        Flow.Run(document, findings, figures);
        ShortPages.Run(document, findings, figures);
        foreach (var page in pages.Where(p => p.TextOffPage.Length > 0))
        {
            findings.Add(new(DiagnosticSeverity.Error, PreflightCheck.TextOffPage, page.Number, new(
                $"text lies outside the page and would be cut off: '{page.TextOffPage}'",
                $"有文字超出页面，会被裁掉：“{page.TextOffPage}”")));
        }

        FontCheck.Run(file.Structure.CrossReferenceTable.ObjectOffsets.Keys, scanner, findings, figures);
        var spaces = colours.SelectMany(c => c.Spaces).Distinct().Order(StringComparer.Ordinal)
            .Select(space => $"{space} ({Pages.En(colours.Where(c => c.Spaces.Contains(space)).Select(c => c.Page).ToList())})");
        var spacesZh = colours.SelectMany(c => c.Spaces).Distinct().Order(StringComparer.Ordinal)
            .Select(space => $"{space}（{Pages.Zh(colours.Where(c => c.Spaces.Contains(space)).Select(c => c.Page).ToList())}）");
        figures.Add(new(new("colour spaces", "色彩空间"), string.Join(", ", spaces), new("DeviceCMYK for the press, with an OutputIntent", "印刷版用 DeviceCMYK 并带输出意图")) { ValueZh = string.Join("，", spacesZh) });
        return new PreflightReport(document.Kind, pages.Count, findings.OrderBy(f => f.Level == DiagnosticSeverity.Error ? 0 : 1).ThenBy(f => f.Page).ToList(), figures);
    }

    /// <summary>
    /// From the PDF alone: a Chinese GB/T 9704 edition is an A4 file in Chinese (/Lang zh…) whose body is
    /// set in 3号 (16 pt); an English one says /Lang en; anything else gets the checks that hold for any PDF.
    /// </summary>
    private static EditionKind Recognize(string? language, List<PreflightPage> pages, double bodySize)
    {
        var a4 = pages.Count > 0 && pages.All(p => Math.Abs(p.Width - A4Width) < 2 && Math.Abs(p.Height - A4Height) < 2);
        if (language?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true && a4 && Math.Abs(bodySize - ChineseGrid.BodySize) < 0.2)
        {
            return EditionKind.ChineseOfficial;
        }

        return language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? EditionKind.English : EditionKind.Other;
    }
}
