using BriefingGen.Localization;

namespace BriefingGen.Rendering;

/// <summary>
/// One document made from a briefing: the Chinese, English or bilingual print edition, or the
/// intranet page. Says which template, language, stylesheets and fixed labels it uses.
/// </summary>
internal sealed record Edition(
    string Code,
    string Template,
    string HtmlLang,
    string Lang,
    string? PairLang,
    IReadOnlyList<string> Stylesheets,
    bool IsPrinted)
{
    public static readonly Edition Chinese = new(
        "zh", "zh.sbn", "zh-CN", "zh", null, ["theme.css", "base.css", "print-zh.css"], true);

    public static readonly Edition English = new(
        "en", "en.sbn", "en", "en", null, ["theme.css", "base.css", "print-en.css"], true);

    public static readonly Edition Bilingual = new(
        "zh-en", "zh-en.sbn", "zh-CN", "zh", "en", ["theme.css", "base.css", "print-zh.css", "print-bilingual.css"], true);

    public static readonly Edition Site = new(
        "index", "index.sbn", "zh-CN", "zh", "en", ["theme.css", "base.css", "screen.css"], false);

    public static readonly IReadOnlyList<Edition> Printed = [Chinese, English, Bilingual];

    /// <summary>The document title as plain text, also the PDF's title in its metadata; escaped where it is written.</summary>
    public string TitleOf(BriefingView briefing) => Code switch
    {
        "zh" => briefing.TitleText.Zh,
        "en" => briefing.TitleText.En,
        _ => $"{briefing.TitleText.Zh} | {briefing.TitleText.En}",
    };

    public string PdfName(string briefingId) => $"{briefingId}.{Code}.pdf";

    /// <summary>The press file of a print edition: the same pages in DeviceCMYK.</summary>
    public string PressPdfName(string briefingId) => $"{briefingId}.{Code}.press.pdf";

    /// <summary>
    /// What the document links as rendered: a print edition, its stylesheets beside it and its fonts where
    /// the project keeps them (the browser's input only, never published); the intranet page, the
    /// site's assets/ by their plain names, which the build replaces with names by content (Cli.SiteAssets).
    /// </summary>
    public PageLinks Links => IsPrinted
        ? new(PrintFontsName, Stylesheets.Select(s => $"{PrintStylesheets}/{s}").ToList())
        : new("../assets/fonts.css", Stylesheets.Select(s => $"../assets/{s}").ToList());

    /// <summary>The folder, beside the print editions' HTML in the staging folder, of the stylesheets they link.</summary>
    public const string PrintStylesheets = "print-css";

    /// <summary>The print editions' font stylesheet, beside their HTML; the browser's input only, never published.</summary>
    public const string PrintFontsName = "print-fonts.css";

    public string HtmlName(string briefingId) => IsPrinted ? $"{briefingId}.{Code}.html" : "index.html";
}
