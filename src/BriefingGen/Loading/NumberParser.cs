using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>
/// Reads numbers the way staff type them: 52000, 52,000, 30.3, 650_000_000_000, 5.2万, 417亿, 11万亿.
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
        var read = TryParse(text, out Quantity? quantity, out tooLarge);
        value = quantity?.Value ?? 0;
        return read;
    }

    /// <summary>Reads the number with its step: the place of its last typed digit (45.5万亿 → 0.1万亿).</summary>
    public static bool TryParse(string text, out Quantity? quantity, out bool tooLarge)
    {
        quantity = null;
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
        if (s.EndsWith("万亿", StringComparison.Ordinal))
        {
            scale = 1_000_000_000_000m;
            s = s[..^2];
        }
        else if (s.EndsWith('亿'))
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

        var point = s.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : s.Length - point - 1;
        var step = scale;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10;
        }

        quantity = new Quantity(number * scale, step);
        return true;
    }

    // ASCII digits only: a decimal fails on those only when they are too many.
    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]*)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?(万亿|万|亿)?$")]
    private static partial Regex GroupedDigits();
}
