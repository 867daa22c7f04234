using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>Writes a fact's number with its unit, by the fact's kind and the edition's language.</summary>
internal static class FigureFormat
{
    public static string Format(decimal value, FactKind kind, LocalizedText? unit, bool atLeast, Language language)
    {
        var zh = language == Language.Zh;
        var text = kind switch
        {
            FactKind.Percent => (zh ? NumberFormat.Zh(value) : NumberFormat.En(value)) + "%",
            FactKind.Money => zh ? NumberFormat.Zh(value) + "元" : "RMB " + NumberFormat.En(value),
            FactKind.Compute => zh ? NumberFormat.Zh(value) + "P" : NumberFormat.En(value) + " PFLOPS",
            FactKind.Rank => zh ? $"第{NumberFormat.Zh(value)}位" : NumberFormat.EnOrdinal(value),
            _ => zh ? NumberFormat.Zh(value) + unit?.Zh : WithNoun(NumberFormat.En(value), unit?.En),
        };
        if (!atLeast)
        {
            return text;
        }

        return zh ? text + "以上" : "at least " + text;
    }

    /// <summary>The bare number, as in 全国8强 / the top 8.</summary>
    public static string Number(decimal value, Language language) =>
        language == Language.Zh ? NumberFormat.Zh(value) : NumberFormat.En(value);

    private static string WithNoun(string number, string? noun) =>
        string.IsNullOrEmpty(noun) ? number : $"{number} {noun}";
}
