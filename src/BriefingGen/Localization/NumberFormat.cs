using System.Globalization;

namespace BriefingGen.Localization;

/// <summary>
/// Writes numbers as a reader of each language expects: 5.2万 and 417亿 in Chinese (no grouping
/// below 万), 52,000 and 41.7 billion in English. Digits are never rounded away: a figure is a fact.
/// </summary>
internal static class NumberFormat
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;

    public static string Zh(decimal value)
    {
        if (value < 0)
        {
            return "-" + Zh(-value);
        }

        return value switch
        {
            >= Yi => Plain(value / Yi) + "亿",
            >= Wan => Plain(value / Wan) + "万",
            _ => Plain(value),
        };
    }

    public static string En(decimal value)
    {
        if (value < 0)
        {
            return "-" + En(-value);
        }

        return value switch
        {
            >= Billion => Grouped(value / Billion) + " billion",
            >= Million => Grouped(value / Million) + " million",
            _ => Grouped(value),
        };
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

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string Grouped(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);
}
