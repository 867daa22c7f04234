using BriefingGen.Diagnostics;

namespace BriefingGen.Printing;

/// <summary>
/// Checks a printed PDF as a print shop would: every font embedded, none of Type 3, and none but
/// the briefing's own (a system font in the file means a character was missing from ours).
/// </summary>
internal static class PdfChecker
{
    private static readonly string[] OwnFamilies = ["NotoSerifSC", "NotoSansSC", "LXGWWenKai", "NotoSerif", "NotoSans"];

    public static IEnumerable<Diagnostic> Check(PdfReport report, string pdfName)
    {
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
            else if (!OwnFamilies.Any(family => font.Name.Contains(family, StringComparison.Ordinal)))
            {
                yield return Errors.PdfFont(pdfName, font.Name, new Words("is not one of the briefing's fonts: some characters are missing from them and fell back to a system font.", "不是简报所用字体：有字符在简报字体中缺失，改用了系统字体。"));
            }
        }

        if (!report.Tagged)
        {
            yield return Errors.PrintFailed(pdfName, "the PDF is not tagged.");
        }
    }
}
