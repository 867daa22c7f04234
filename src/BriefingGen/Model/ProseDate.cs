using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingGen.Model;

/// <summary>A date written in prose: whole (2025-01-10), without its day (2025-01) or without its year (01-10).</summary>
internal sealed partial record ProseDate(int? Year, int Month, int? Day)
{
    /// <summary>The date, or null when it is not one of the three forms or names no day that exists (02-30).</summary>
    public static ProseDate? Parse(string text)
    {
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        int? year = match.Groups["year"].Success ? Number("year") : null;
        int? day = match.Groups["day"].Success ? Number("day") : null;
        var month = Number("month");
        // Without a year, 02-29 exists: it is checked against a leap year.
        var exists = (year is null || year > 0)
            && month is >= 1 and <= 12
            && (day is null || (day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month)));
        return exists ? new ProseDate(year, month, day) : null;

        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    // [0-9], not \d, as everywhere a number is read: \d also matches full-width digits.
    [GeneratedRegex(@"^(?:(?<year>[0-9]{4})-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?|(?<month>[0-9]{2})-(?<day>[0-9]{2}))$")]
    private static partial Regex DatePattern();
}
