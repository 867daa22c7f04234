using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingGen.Loading;

/// <summary>
/// Reads numbers the way staff type them: 52000, 52,000, 30.3, 650_000_000_000, 5.2万, 417亿.
/// </summary>
internal static partial class NumberParser
{
    /// <summary>
    /// No figure of a briefing comes near 10^18 (a hundred 亿亿); refusing larger ones here keeps
    /// every later sum, difference and percentage within what a decimal can hold.
    /// </summary>
    public const decimal Limit = 1_000_000_000_000_000_000m;

    public const string LimitText = "10^18";

    public static bool TryParse(string text, out decimal value) => TryParse(text, out value, out _);

    /// <summary>Reads the number; <paramref name="tooLarge"/> tells a number too large from a text that is none.</summary>
    public static bool TryParse(string text, out decimal value, out bool tooLarge)
    {
        value = 0;
        tooLarge = false;
        var s = text.Trim();
        if (s.Contains(',', StringComparison.Ordinal))
        {
            // A comma is a thousands separator only between groups of three: 52,000 yes, 30,3 never.
            if (!GroupedDigits().IsMatch(s))
            {
                return false;
            }

            s = s.Replace(",", "", StringComparison.Ordinal);
        }

        s = s.Replace("_", "", StringComparison.Ordinal);
        decimal scale = 1;
        if (s.EndsWith('亿'))
        {
            scale = 100_000_000m;
            s = s[..^1];
        }
        else if (s.EndsWith('万'))
        {
            scale = 10_000m;
            s = s[..^1];
        }

        if (s.Length == 0 || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            // Digits that a decimal cannot hold are a number, just too large.
            tooLarge = PlainNumber().IsMatch(s);
            return false;
        }

        if (Math.Abs(number) >= Limit / scale)
        {
            tooLarge = true;
            return false;
        }

        value = number * scale;
        return true;
    }

    // ASCII digits only: a decimal fails on those only when they are too many.
    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]*)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?[万亿]?$")]
    private static partial Regex GroupedDigits();
}
