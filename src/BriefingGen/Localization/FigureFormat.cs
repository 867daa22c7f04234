using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Writes a fact's figure as each language states it: its number with the unit, wording and
/// qualifier its kind calls for (同比增长超过4% / up more than 4% year on year). Prose, cards,
/// charts and the annex all print figures through here, so a qualifier is never dropped.
/// </summary>
internal static class FigureFormat
{
    /// <summary>The fact's value (typed or derived), with the fact's qualifier.</summary>
    public static string Value(Fact fact, Quantity value, Language language) =>
        Format(fact, value, fact.Value?.Qualifier ?? Qualifier.None, fact.Unit, language);

    /// <summary>The fact's target, with the target's own qualifier and unit.</summary>
    public static string TargetValue(Fact fact, Target target, Language language) =>
        Format(fact, target.Quantity, target.Qualifier, fact.TargetUnit, language);

    public static string Format(Fact fact, Quantity quantity, Qualifier qualifier, LocalizedText? unit, Language language)
    {
        var zh = language == Language.Zh;
        var measure = fact.Measure;
        var value = quantity.Value;
        // 余 and 多 stand after the number itself (3000余家), so they are written with it, not around the figure.
        var (after, around) = (qualifier, zh) switch
        {
            (Qualifier.Plus, true) => ("余", Qualifier.None),
            (Qualifier.Odd, true) => ("多", Qualifier.None),
            (Qualifier.Plus or Qualifier.Odd, false) => ("", Qualifier.MoreThan),
            _ => ("", qualifier),
        };
        string Q(string numeric) => Qualify(numeric, around, language);
        string N(decimal number, decimal step) => (zh ? NumberFormat.Zh(number, step) : NumberFormat.En(number, step)) + after;
        var n = N(value, quantity.Step);
        var magnitude = N(Math.Abs(value), quantity.Step);
        return fact.Kind switch
        {
            FactKind.Percent => Q(n + "%"),
            FactKind.Money when measure.Currency == Currency.Usd => Q(zh ? n + "美元" : "US$" + n),
            FactKind.Money => Q(zh ? n + "元" : "RMB " + n),
            FactKind.Compute => Q(zh ? n + "P" : n + " PFLOPS"),
            FactKind.Rank => Q(zh ? $"第{n}位" : NumberFormat.EnOrdinal(value)),
            FactKind.Change => Changed(value, Q(magnitude + "%"), measure, percentagePoints: false, language),
            FactKind.Points => Changed(value, Q(zh ? magnitude + "个百分点" : magnitude + (Math.Abs(value) == 1 ? " percentage point" : " percentage points")), measure, percentagePoints: true, language),
            FactKind.Multiple when measure.Multiple == MultipleForm.Increase =>
                zh ? "增长" + Q(n + "倍") : "up " + Q(N(value * 100, quantity.Step * 100) + "%"),
            FactKind.Multiple => Q(zh ? n + "倍" : n + " times"),
            FactKind.Share when measure.Of is { } of => zh ? $"占{of.Zh}的{Q(n + "%")}" : $"{Q(n + "%")} of {of.En}",
            FactKind.Share => Q(n + "%"),
            FactKind.Density => Density(n, Q, unit, measure.Per, language),
            FactKind.Ratio => Q(n + ":1"),
            _ => Q(zh ? n + unit?.Zh : WithNoun(n, unit?.En)),
        };
    }

    /// <summary>The bare number, as in 全国8强 / the top 8; a qualifier stays with it.</summary>
    public static string Number(Quantity quantity, Qualifier qualifier, Language language) =>
        Qualify(language == Language.Zh ? NumberFormat.Zh(quantity.Value, quantity.Step) : NumberFormat.En(quantity.Value, quantity.Step), qualifier, language);

    /// <summary>超过X, X以上, 约X … / more than X, at least X, about X …</summary>
    public static string Qualify(string numeric, Qualifier qualifier, Language language) => language == Language.Zh
        ? qualifier switch
        {
            Qualifier.AtLeast => numeric + "以上",
            Qualifier.MoreThan => "超过" + numeric,
            Qualifier.Over => "逾" + numeric,
            Qualifier.About => "约" + numeric,
            Qualifier.Nearly => "近" + numeric,
            Qualifier.LessThan => "不足" + numeric,
            Qualifier.UpTo => "不超过" + numeric,
            Qualifier.Plus => numeric + "余",
            Qualifier.Odd => numeric + "多",
            _ => numeric,
        }
        : qualifier switch
        {
            Qualifier.AtLeast => "at least " + numeric,
            Qualifier.MoreThan => "more than " + numeric,
            Qualifier.Over => "over " + numeric,
            Qualifier.About => "about " + numeric,
            Qualifier.Nearly => "nearly " + numeric,
            Qualifier.LessThan => "less than " + numeric,
            Qualifier.UpTo => "up to " + numeric,
            Qualifier.Plus or Qualifier.Odd => "more than " + numeric,
            _ => numeric,
        };

    /// <summary>同比增长4.1% / up 4.1% year on year; 下降 / down; 持平 / unchanged.</summary>
    private static string Changed(decimal value, string size, Measure measure, bool percentagePoints, Language language)
    {
        if (language == Language.Zh)
        {
            var basis = measure.Against?.Zh ?? measure.ComparedWith switch
            {
                Comparison.PreviousYear => "同比",
                Comparison.PreviousPeriod => "环比",
                _ => "",
            };
            return basis + (value switch
            {
                > 0 => (percentagePoints ? "提高" : "增长") + size,
                < 0 => "下降" + size,
                _ => "持平",
            });
        }

        var against = measure.Against is { } words ? " " + words.En : measure.ComparedWith switch
        {
            Comparison.PreviousYear => " year on year",
            Comparison.PreviousPeriod => " on the previous period",
            _ => "",
        };
        return (value switch
        {
            > 0 => "up " + size,
            < 0 => "down " + size,
            _ => "unchanged",
        }) + against;
    }

    /// <summary>每万人28.9个 / 28.9 per 10,000 people.</summary>
    private static string Density(string n, Func<string, string> qualify, LocalizedText? unit, DensityBase? per, Language language)
    {
        var count = per?.Count ?? 1;
        if (language == Language.Zh)
        {
            return $"每{PerCountZh(count)}{per?.Unit.Zh}" + qualify(n + unit?.Zh);
        }

        var of = count == 1 ? "" : NumberFormat.En(count) + " ";
        return qualify(WithNoun(n, unit?.En)) + $" per {of}{per?.Unit.En}".TrimEnd();
    }

    /// <summary>每人, 每百人, 每千人, 每万人, 每十万人: a round base is said in words, as statistics write it.</summary>
    private static string PerCountZh(decimal count) => count switch
    {
        1 => "",
        10 => "十",
        100 => "百",
        1000 => "千",
        10_000 => "万",
        100_000 => "十万",
        1_000_000 => "百万",
        10_000_000 => "千万",
        100_000_000 => "亿",
        _ => NumberFormat.Zh(count),
    };

    private static string WithNoun(string number, string? noun) =>
        string.IsNullOrEmpty(noun) ? number : $"{number} {noun}";
}
