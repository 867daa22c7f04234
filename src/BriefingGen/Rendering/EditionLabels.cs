namespace BriefingGen.Rendering;

/// <summary>The fixed words of an edition: headings of the generated parts and the end block's keys.</summary>
internal sealed record EditionLabels(
    string KeyFigures,
    string Indicator,
    string Value,
    string Period,
    string Target,
    string Sources,
    string ReportTo,
    string SendTo,
    string IssueTo,
    string KeyPanel)
{
    public static readonly EditionLabels Chinese = new("附：主要数据", "指标", "数值", "时间", "目标", "资料来源", "报：", "送：", "发：", "主要数据");

    public static readonly EditionLabels English = new("Key figures", "Indicator", "Value", "Period", "Target", "Sources", "To: ", "Copy: ", "Distribution: ", "Key figures");

    public static readonly EditionLabels Bilingual = new(
        "附：主要数据 Key figures", "指标 Indicator", "数值 Value", "时间 Period", "目标 Target", "资料来源 Sources", "报：", "送：", "发：", "主要数据 Key figures");
}
