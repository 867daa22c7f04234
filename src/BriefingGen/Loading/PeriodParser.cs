using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads a period: 2024, 2024-H1, 2024-Q1-Q3, or a day such as 2024-10-31.</summary>
internal static partial class PeriodParser
{
    public static Period? Parse(string text)
    {
        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            return DateParser.TryParse(text, out var day) ? new Period(PeriodKind.AsOf, day.Year, day) : null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return match.Groups["part"].Value switch
        {
            "" => new Period(PeriodKind.Year, year, null),
            "-H1" => new Period(PeriodKind.FirstHalf, year, null),
            _ => new Period(PeriodKind.FirstThreeQuarters, year, null),
        };
    }

    // [0-9], not \d: \d also matches full-width and other scripts' digits, on which int.Parse throws.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?<part>|-H1|-Q1-Q3)$")]
    private static partial Regex PeriodPattern();
}
