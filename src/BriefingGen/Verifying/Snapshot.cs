using System.Globalization;
using System.Text;
using BriefingGen.Rendering;

namespace BriefingGen.Verifying;

/// <summary>
/// One approved or current output of a briefing in the form it is compared in: a PDF's text dump
/// (zh.pdf.txt), the intranet page (index.html) or one page's image (pages/zh-03.png). The name is
/// its path under the briefing's snapshots/ folder, with '/' on every system.
/// </summary>
internal sealed record Snapshot(string Name, byte[] Content)
{
    public const string PagesFolder = "pages";

    public bool IsImage => Name.EndsWith(".png", StringComparison.Ordinal);

    public string Text => Encoding.UTF8.GetString(Content);

    public static Snapshot OfText(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    public static string TextName(Edition edition) => $"{edition.Code}.pdf.txt";

    public static string PageName(Edition edition, int page) =>
        $"{PagesFolder}/{edition.Code}-{page.ToString("00", CultureInfo.InvariantCulture)}.png";

    /// <summary>What a reader calls this output, in English or Chinese: "page 3 of the Chinese PDF", "内网页面".</summary>
    public string Describe(bool chinese)
    {
        if (Name == SiteName)
        {
            return chinese ? "内网页面" : "the intranet page";
        }

        var stem = Path.GetFileNameWithoutExtension(Name.EndsWith(".pdf.txt", StringComparison.Ordinal) ? Name[..^".pdf.txt".Length] : Name);
        var page = IsImage ? int.Parse(stem[(stem.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture) : 0;
        var code = IsImage ? stem[..stem.LastIndexOf('-')] : stem;
        var (en, zh) = code switch
        {
            "zh" => ("the Chinese PDF", "中文版 PDF"),
            "en" => ("the English PDF", "英文版 PDF"),
            _ => ("the bilingual PDF", "双语版 PDF"),
        };
        return (IsImage, chinese) switch
        {
            (true, false) => $"page {page} of {en}",
            (true, true) => $"{zh}第 {page} 页",
            (false, false) => $"the text of {en}",
            (false, true) => $"{zh}的文字",
        };
    }

    public const string SiteName = "index.html";
}
