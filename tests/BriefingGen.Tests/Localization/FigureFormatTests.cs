using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Localization;

public sealed class FigureFormatTests
{
    public static TheoryData<string, string, string, string> Dates { get; } = new()
    {
        { "date", "2025-01-08", "2025年1月8日", "8 January 2025" },
        { "date", "2024-12-31", "2024年12月31日", "31 December 2024" },
        { "year", "2024", "2024年", "2024" },
        { "first_three_quarters", "2024", "2024年前三季度", "the first three quarters of 2024" },
        { "first_half", "2024", "2024年上半年", "the first half of 2024" },
        { "as_of", "2024-10-31", "截至2024年10月31日", "as of 31 October 2024" },
        { "deadline", "2025-12-31", "2025年底", "the end of 2025" },
        { "deadline", "2025-06-30", "2025年6月30日", "30 June 2025" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Date_and_period_are_written_as_a_chinese_and_an_english_reader_expects(string what, string iso, string zh, string en)
    {
        Assert.Equal(zh, WriteDate(what, iso, Language.Zh));
        Assert.Equal(en, WriteDate(what, iso, Language.En));
    }

    private static string WriteDate(string what, string iso, Language language)
    {
        if (what == "year" || what == "first_half" || what == "first_three_quarters")
        {
            var year = int.Parse(iso, CultureInfo.InvariantCulture);
            var kind = what switch
            {
                "year" => PeriodKind.Year,
                "first_half" => PeriodKind.FirstHalf,
                _ => PeriodKind.FirstThreeQuarters,
            };
            return DateFormat.Period(new Period(kind, year, null), language);
        }

        var day = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return what switch
        {
            "as_of" => DateFormat.Period(new Period(PeriodKind.AsOf, day.Year, day), language),
            "deadline" => DateFormat.Deadline(day, language),
            _ => DateFormat.Date(day, language),
        };
    }
}
