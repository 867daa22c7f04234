using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Writes numbers as a reader of each language expects: 5.2万 and 417亿 in Chinese (no grouping
/// below 万), 52,000 and 41.7 billion in English. Digits are never rounded away: a figure is a fact.
/// </summary>
internal static class NumberFormat
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;
    private const decimal WanYi = 1_000_000_000_000m;
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;

    /// <summary>
    /// 45.5万亿, 6500亿, 5.2万, 9999. A rounding step (0.1) keeps the decimals it asks for (43.0%)
    /// on a number shown without a magnitude word; otherwise no trailing zero is added (never 45.50),
    /// and no digit is ever dropped.
    /// </summary>
    public static string Zh(decimal value, decimal? step = null)
    {
        var (unit, word) = Math.Abs(value) switch
        {
            >= WanYi => (WanYi, "万亿"),
            >= Yi => (Yi, "亿"),
            >= Wan => (Wan, "万"),
            _ => (1m, ""),
        };
        return Digits(value / unit, unit == 1 ? step : null, grouped: false) + word;
    }

    /// <summary>45.5 trillion, 650 billion, 52,000.</summary>
    public static string En(decimal value, decimal? step = null)
    {
        var (unit, word) = Math.Abs(value) switch
        {
            >= Trillion => (Trillion, " trillion"),
            >= Billion => (Billion, " billion"),
            >= Million => (Million, " million"),
            _ => (1m, ""),
        };
        return Digits(value / unit, unit == 1 ? step : null, grouped: true) + word;
    }

    private static string Digits(decimal value, decimal? step, bool grouped)
    {
        // Zeros for the decimals the rounding step asks for, then any further digits the value has.
        var required = step is { } s ? Quantity.DecimalsOf(s) : 0;
        var format = (grouped ? "#,0." : "0.") + new string('0', required) + new string('#', 12);
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.</summary>
    public static string EnOrdinal(decimal value)
    {
        var n = (long)value;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
