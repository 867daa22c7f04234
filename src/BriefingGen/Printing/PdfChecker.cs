using BriefingGen.Diagnostics;

namespace BriefingGen.Printing;

/// <summary>
/// Checks a printed PDF as a print shop would: every font embedded, none of Type 3, and none but
/// the briefing's own (a system font in the file means a character was missing from ours): the
/// project's families, and the office's own fonts that the briefing's stacks name, by PostScript name.
/// </summary>
internal static class PdfChecker
{
    private static readonly string[] OwnFamilies = ["NotoSerifSC", "NotoSansSC", "LXGWWenKai", "NotoSerif", "NotoSans"];

    public static IEnumerable<Diagnostic> Check(PdfReport report, string pdfName, IReadOnlyCollection<string>? officeFonts = null)
    {
        // An office font's PostScript name up to its weight ("GBZenKai-Medium"): finishing names the weight anew.
        var own = OwnFamilies.Concat((officeFonts ?? []).Select(name => name.Split('-')[0]).Where(n => n.Length > 0)).ToList();
        foreach (var font in report.Fonts)
        {
            if (font.Type == "Type 3")
            {
                yield return Errors.PdfFont(pdfName, font.Name, new Words("is embedded as a Type 3 font, which print shops reject; use a TrueType font.", "以 Type 3 字体嵌入，印刷厂不接受；请使用 TrueType 字体。"));
            }
            else if (!font.Embedded)
            {
                yield return Errors.PdfFont(pdfName, font.Name, new Words("is not embedded; the printer would substitute another font.", "未嵌入，印刷时会被替换为其他字体。"));
            }
            else if (!own.Any(family => font.Name.Contains(family, StringComparison.Ordinal)))
            {
                yield return Errors.PdfFont(pdfName, font.Name, new Words("is not one of the briefing's fonts: some characters are missing from them and fell back to a system font.", "不是简报所用字体：有字符在简报字体中缺失，改用了系统字体。"));
            }
        }

        if (!report.Tagged)
        {
            yield return Errors.PrintFailed(pdfName, "the PDF is not tagged.");
        }

        foreach (var problem in CheckLayout(report, pdfName))
        {
            yield return problem;
        }
    }

    /// <summary>What the archive and the press need of a finished PDF (see <see cref="Finishing.FinishedPdfChecker"/>).</summary>
    public static IEnumerable<Diagnostic> CheckFinished(byte[] pdf, string pdfName, bool press) =>
        Finishing.FinishedPdfChecker.Check(pdf, pdfName, press);

    // CSS defines 96 px to the inch, a PDF 72 pt: a letter set at the size its stylesheet asks for
    // has 0.75 pt on the page for each px of its font size. Chromium writes font sizes in px.
    private const double PointsPerPixel = 0.75;

    /// <summary>
    /// Every letter at the size the stylesheet asks for, and inside the page. Chromium shrinks a
    /// whole page when something on it is wider than the page (a long word, a long URL), so every
    /// letter of it comes out smaller, and what is still too wide is cut off at the edge.
    /// </summary>
    private static IEnumerable<Diagnostic> CheckLayout(PdfReport report, string pdfName)
    {
        foreach (var page in report.Layouts)
        {
            // The smallest scale tells how far the page was shrunk; rounding in the file is far below 1%.
            if (page.MinScale > 0 && Math.Abs(page.MinScale / PointsPerPixel - 1) > 0.01)
            {
                yield return Errors.PdfScaled(pdfName, page.Number, 100 * page.MinScale / PointsPerPixel);
            }

            if (page.TextOffPage.Length > 0)
            {
                yield return Errors.PdfTextOffPage(pdfName, page.Number, page.TextOffPage);
            }
        }
    }
}
