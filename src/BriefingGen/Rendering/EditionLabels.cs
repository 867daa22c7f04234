using BriefingGen.Localization;

namespace BriefingGen.Rendering;

/// <summary>
/// The fixed words of the documents, in both languages: headings of the generated parts, column
/// names and the end block's keys. Templates pick a language; partials/label.sbn sets both halves
/// for the bilingual edition and the intranet page.
/// </summary>
internal sealed record EditionLabels(
    Pair KeyFigures,
    Pair Indicator,
    Pair Value,
    Pair Period,
    Pair Target,
    Pair Sources,
    Pair ReportTo,
    Pair SendTo,
    Pair IssueTo,
    Pair KeyPanel)
{
    public static readonly EditionLabels All = new(
        new("附：主要数据", "Key figures"),
        new("指标", "Indicator"),
        new("数值", "Value"),
        new("时间", "Period"),
        new("目标", "Target"),
        new("资料来源", "Sources"),
        new("报：", "To: "),
        new("送：", "Copy: "),
        new("发：", "Distribution: "),
        new("主要数据", "Key figures"));
}
