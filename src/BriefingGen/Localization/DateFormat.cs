using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>Dates and periods: 2025年1月8日 and 8 January 2025, no zero padding in either.</summary>
internal static class DateFormat
{
    public static string Zh(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string En(DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date, Language language) => language == Language.Zh ? Zh(date) : En(date);

    public static string Period(Period period, Language language) => (period.Kind, language) switch
    {
        (PeriodKind.Year, Language.Zh) => $"{period.Year}年",
        (PeriodKind.Year, _) => $"{period.Year}",
        (PeriodKind.FirstHalf, Language.Zh) => $"{period.Year}年上半年",
        (PeriodKind.FirstHalf, _) => $"the first half of {period.Year}",
        (PeriodKind.FirstThreeQuarters, Language.Zh) => $"{period.Year}年前三季度",
        (PeriodKind.FirstThreeQuarters, _) => $"the first three quarters of {period.Year}",
        (_, Language.Zh) => $"截至{Zh(period.Day!.Value)}",
        _ => $"as of {En(period.Day!.Value)}",
    };

    /// <summary>A target's deadline: the last day of a year reads as the year's end (2025年底, the end of 2025).</summary>
    public static string Deadline(DateOnly by, Language language)
    {
        var yearEnd = by.Month == 12 && by.Day == 31;
        return (yearEnd, language) switch
        {
            (true, Language.Zh) => $"{by.Year}年底",
            (true, _) => $"the end of {by.Year}",
            _ => Date(by, language),
        };
    }
}
