namespace BriefingGen.Diagnostics;

/// <summary>A phrase in both languages, for the parts that messages share.</summary>
internal sealed record Words(string En, string Zh);

/// <summary>What a field should have been, for "wrong shape" messages.</summary>
internal static class Expected
{
    public static readonly Words SingleValue = new("a single value", "单个值");
    public static readonly Words IdList = new("a list of ids, such as [zhang_xi, li_qi]", "编号列表，如 [zhang_xi, li_qi]");
    public static readonly Words Pair = new("a pair {zh: …, en: …}", "中英文对 {zh: …, en: …}");
    public static readonly Words WholeNumber = new("a whole number", "整数");
    public static readonly Words TrueOrFalse = new("true or false", "true 或 false");
    public static readonly Words Block = new("a block of fields", "字段块");
    public static readonly Words List = new("a list, each item starting with '- '", "列表（每项以“- ”开头）");
    public static readonly Words Text = new("text", "文字");
    public static readonly Words BodyItem = new(
        "a paragraph {zh: …, en: …}, or one of quote: id, example: id, points: […], list: […], table: {…}, editor_note: {zh: …, en: …}, chart: {…}",
        "段落 {zh: …, en: …}，或 quote: 编号、example: 编号、points: […]、list: […]、table: {…}、editor_note: {zh: …, en: …}、chart: {…} 之一");
    public static readonly Words Row = new("a list of cells, such as [{zh: 济南, en: Jinan}, \"{gdp}\"]", "单元格列表，如 [{zh: 济南, en: Jinan}, \"{gdp}\"]");
    public static readonly Words Percentage = new("a percentage between 0 and 100", "0 到 100 之间的百分数");
    public static readonly Words Rank = new("a place in a ranking: a whole number from 1", "排名：从 1 起的整数");
    public static readonly Words Change = new("a change of −100% or more", "不小于 −100% 的变化率");
    public static readonly Words NotNegative = new("zero or more", "不小于 0 的数");

    public static readonly Words Derivation = new(
        "one of {difference: [a, b]}, {sum: [a, b, …]}, {share: [part, whole]}, {change: [from, to]} or {ratio: [a, b]}",
        "以下之一：{difference: [a, b]}、{sum: [a, b, …]}、{share: [部分, 总体]}、{change: [基期, 报告期]} 或 {ratio: [a, b]}");

    public static Words Operands(string operation) => operation switch
    {
        "sum" => new("a list of two or more fact ids, [a, b, …], meaning a + b + …", "两个或更多数据编号的列表 [a, b, …]，表示 a + b + …"),
        "difference" => new("a list of two fact ids, [a, b], meaning a − b", "两个数据编号的列表 [a, b]，表示 a − b"),
        "share" => new("a list of two fact ids, [part, whole], meaning part ÷ whole", "两个数据编号的列表 [部分, 总体]，表示 部分 ÷ 总体"),
        "change" => new("a list of two fact ids, [from, to], meaning the change from the first to the second", "两个数据编号的列表 [基期, 报告期]，表示由前者到后者的变化"),
        _ => new("a list of two fact ids, [a, b], meaning a ÷ b", "两个数据编号的列表 [a, b]，表示 a ÷ b"),
    };

    public static Words RootBlock(string rootKey) => new($"a block starting with '{rootKey}:'", $"以“{rootKey}:”开头的块");
}
