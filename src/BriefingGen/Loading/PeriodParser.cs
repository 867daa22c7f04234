using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>
/// Reads a period: 2024, 2012-2021, 2024-H1, 2024-H2, 2024-Q2, 2024-Q1-Q3, 2024-03,
/// 2024-01/2024-10, or a day such as 2024-10-31 (as of that day).
/// </summary>
internal static partial class PeriodParser
{
    public static Period? Parse(string text)
    {
        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            return DateParser.TryParse(text, out var day) ? new Period(PeriodKind.AsOf, day.Year, day) : null;
        }

        var year = Number(match, "year");
        if (match.Groups["end"].Success)
        {
            // A range runs forwards and holds more than one year.
            var end = Number(match, "end");
            return end > year ? new Period(PeriodKind.Years, year, null) { EndYear = end } : null;
        }

        if (match.Groups["half"].Success)
        {
            return new Period(match.Groups["half"].Value == "1" ? PeriodKind.FirstHalf : PeriodKind.SecondHalf, year, null);
        }

        if (match.Groups["quarter"].Success)
        {
            return match.Groups["quarters"].Success
                ? new Period(PeriodKind.FirstThreeQuarters, year, null)
                : new Period(PeriodKind.Quarter, year, null) { Quarter = Number(match, "quarter") };
        }

        if (match.Groups["month"].Success)
        {
            var month = Number(match, "month");
            if (month is < 1 or > 12)
            {
                return null;
            }

            if (!match.Groups["lastYear"].Success)
            {
                return new Period(PeriodKind.Month, year, null) { Month = month };
            }

            var lastYear = Number(match, "lastYear");
            var lastMonth = Number(match, "lastMonth");
            var forwards = (lastYear * 12) + lastMonth > (year * 12) + month;
            return lastMonth is >= 1 and <= 12 && forwards
                ? new Period(PeriodKind.Months, year, null) { Month = month, EndYear = lastYear, EndMonth = lastMonth }
                : null;
        }

        return new Period(PeriodKind.Year, year, null);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // [0-9], not \d: \d also matches full-width and other scripts' digits, on which int.Parse throws.
    // Of the quarter ranges only Q1-Q3 (前三季度) is one that reports use; H1 stands for Q1-Q2.
    [GeneratedRegex(@"^(?<year>[0-9]{4})(?:-(?<end>[0-9]{4})|-H(?<half>[12])|-Q(?<quarter>[1-4])|-Q(?<quarter>1)(?<quarters>-Q3)|-(?<month>[0-9]{2})(?:/(?<lastYear>[0-9]{4})-(?<lastMonth>[0-9]{2}))?)?$")]
    private static partial Regex PeriodPattern();
}
