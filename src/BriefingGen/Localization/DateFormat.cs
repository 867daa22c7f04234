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

    /// <summary>A date in prose, whole or without its day or its year: 2025年1月 / January 2025, 1月10日 / 10 January.</summary>
    public static string Date(ProseDate date, Language language) => (date.Year, date.Day, language) switch
    {
        ({ } year, { } day, Language.Zh) => $"{year}年{date.Month}月{day}日",
        ({ } year, { } day, _) => $"{day} {MonthName(date.Month)} {year}",
        ({ } year, null, Language.Zh) => $"{year}年{date.Month}月",
        ({ } year, null, _) => $"{MonthName(date.Month)} {year}",
        (null, var day, Language.Zh) => $"{date.Month}月{day}日",
        (null, var day, _) => $"{day} {MonthName(date.Month)}",
    };

    public static string Period(Period period, Language language) => (period.Kind, language) switch
    {
        (PeriodKind.Year, Language.Zh) => $"{period.Year}年",
        (PeriodKind.Year, _) => $"{period.Year}",
        (PeriodKind.Years, Language.Zh) => $"{period.Year}年至{period.EndYear}年",
        (PeriodKind.Years, _) => $"{period.Year}–{period.EndYear}",
        (PeriodKind.FirstHalf, Language.Zh) => $"{period.Year}年上半年",
        (PeriodKind.FirstHalf, _) => $"the first half of {period.Year}",
        (PeriodKind.SecondHalf, Language.Zh) => $"{period.Year}年下半年",
        (PeriodKind.SecondHalf, _) => $"the second half of {period.Year}",
        (PeriodKind.Quarter, Language.Zh) => $"{period.Year}年{NumberWords.Ordinal(period.Quarter, language)}季度",
        (PeriodKind.Quarter, _) => $"the {NumberWords.Ordinal(period.Quarter, language)} quarter of {period.Year}",
        (PeriodKind.FirstThreeQuarters, Language.Zh) => $"{period.Year}年前三季度",
        (PeriodKind.FirstThreeQuarters, _) => $"the first three quarters of {period.Year}",
        (PeriodKind.Month, Language.Zh) => $"{period.Year}年{period.Month}月",
        (PeriodKind.Month, _) => $"{MonthName(period.Month)} {period.Year}",
        (PeriodKind.Months, _) => Months(period, language),
        // 截至2025年底 / as of the end of 2025, as a deadline on the year's last day reads.
        (_, Language.Zh) => $"截至{Deadline(period.Day!.Value, language)}",
        _ => $"as of {Deadline(period.Day!.Value, language)}",
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

    /// <summary>
    /// 2024年1—10月 / January–October 2024 within a year; across years each end is written whole,
    /// 2023年11月至2024年2月 / November 2023 – February 2024 (a spaced dash between phrases).
    /// </summary>
    private static string Months(Period period, Language language)
    {
        var (first, last) = (MonthName(period.Month), MonthName(period.EndMonth));
        return (period.EndYear == period.Year, language) switch
        {
            (true, Language.Zh) => $"{period.Year}年{period.Month}—{period.EndMonth}月",
            (true, _) => $"{first}–{last} {period.Year}",
            (false, Language.Zh) => $"{period.Year}年{period.Month}月至{period.EndYear}年{period.EndMonth}月",
            _ => $"{first} {period.Year} – {last} {period.EndYear}",
        };
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
