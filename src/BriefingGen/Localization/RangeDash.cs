using System.Text.RegularExpressions;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// One rule for ranges: staff type a hyphen-minus between two numbers (2024-2029, 3-5); Chinese text
/// sets GB/T 15834's 一字线 (2024—2029, as the office writes 2021—2024), English an en dash
/// (2024–2029). Dates in ISO form, phone numbers, standards' numbers, ids and addresses keep theirs.
/// </summary>
internal static partial class RangeDash
{
    public static string Apply(string text, Language language)
    {
        if (!text.Contains('-', StringComparison.Ordinal))
        {
            return text;
        }

        var dash = language == Language.Zh ? "\u2014" : "\u2013";
        var addresses = Address().Matches(text);
        return Range().Replace(text, match =>
            IsRange(match) && !addresses.Any(a => a.Index < match.Index + match.Length && match.Index < a.Index + a.Length)
                ? match.Groups["from"].Value + dash + match.Groups["to"].Value
                : match.Value);
    }

    /// <summary>
    /// A number with a leading zero is an area code (0531-86123456) or a month (2025-01); one of five
    /// digits or more a phone number: neither is one end of a range.
    /// </summary>
    private static bool IsRange(Match match) =>
        match.Groups["from"].Value is var from && match.Groups["to"].Value is var to
        && !IsCode(from) && !IsCode(to);

    private static bool IsCode(string number) =>
        (number.Length > 1 && number[0] == '0' && char.IsAsciiDigit(number[1])) || number.TakeWhile(char.IsAsciiDigit).Count() >= 5;

    // Two numbers about one hyphen-minus, neither glued to a letter, another hyphen, a slash or a dot
    // (ids, ISO dates, 400-800-1234, v1.2-3), nor after a standard's code (GB/T 9704-2012, ISO 8601-1).
    [GeneratedRegex(@"(?<![A-Za-z0-9_.,/#+\-])(?<![A-Z]{2,}(?:/[A-Z]+)?\s?)(?<from>\d+(?:\.\d+)?)-(?<to>\d+(?:\.\d+)?)(?![A-Za-z0-9_\-/]|[.,:]\d)")]
    private static partial Regex Range();

    [GeneratedRegex(@"\S*(?:://|www\.|@)\S*")]
    private static partial Regex Address();
}
