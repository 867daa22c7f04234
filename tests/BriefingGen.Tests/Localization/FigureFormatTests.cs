using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Localization;

public sealed class FigureFormatTests
{
    // kind: a fact kind (count, percent, money, compute, rank) for FigureFormat.Format,
    // "number" for FigureFormat.Number (the bare number), "words" for NumberWords.Cardinal.
    // Every expected value is written as a Chinese or an English reader expects it, not copied
    // from the code: 5.2万 and 417亿 in Chinese, 52,000 and 41.7 billion in English.
    public static TheoryData<string, decimal, string, string, bool, string, string> Figures { get; } = new()
    {
        // The formats the Jinan briefing uses.
        { "count", 52_000m, "处", "", false, "5.2万处", "52,000" },
        { "count", 41_700_000_000m, "条", "records", false, "417亿条", "41.7 billion records" },
        { "count", 60_000m, "个", "", false, "6万个", "60,000" },
        { "count", 100m, "个", "", false, "100个", "100" },
        { "count", 33m, "家", "", false, "33家", "33" },
        { "count", 10m, "家", "", true, "10家以上", "at least 10" },
        { "count", 4m, "位", "places", false, "4位", "4 places" },
        { "money", 650_000_000_000m, "", "", false, "6500亿元", "RMB 650 billion" },
        { "compute", 5_000m, "", "", false, "5000P", "5,000 PFLOPS" },
        { "percent", 30.3m, "", "", false, "30.3%", "30.3%" },
        { "percent", 80m, "", "", true, "80%以上", "at least 80%" },
        { "rank", 8m, "", "", false, "第8位", "8th" },
        { "rank", 18m, "", "", false, "第18位", "18th" },
        { "rank", 14m, "", "", false, "第14位", "14th" },
        { "words", 4m, "", "", false, "四", "four" },
        { "number", 8m, "", "", false, "8", "8" },

        // English ordinals: 11, 12 and 13 take "th" whatever their last digit.
        { "rank", 1m, "", "", false, "第1位", "1st" },
        { "rank", 2m, "", "", false, "第2位", "2nd" },
        { "rank", 3m, "", "", false, "第3位", "3rd" },
        { "rank", 4m, "", "", false, "第4位", "4th" },
        { "rank", 11m, "", "", false, "第11位", "11th" },
        { "rank", 12m, "", "", false, "第12位", "12th" },
        { "rank", 13m, "", "", false, "第13位", "13th" },
        { "rank", 21m, "", "", false, "第21位", "21st" },
        { "rank", 22m, "", "", false, "第22位", "22nd" },
        { "rank", 101m, "", "", false, "第101位", "101st" },
        { "rank", 111m, "", "", false, "第111位", "111th" },

        // Edges of the magnitudes: no 万 below 10,000 and no grouping in Chinese; million and billion in English.
        { "count", 0m, "个", "", false, "0个", "0" },
        { "number", 9_999m, "", "", false, "9999", "9,999" },
        { "number", 10_000m, "", "", false, "1万", "10,000" },
        { "number", 12_345m, "", "", false, "1.2345万", "12,345" },
        { "number", 1_000_000m, "", "", false, "100万", "1 million" },
        { "number", 100_000_000m, "", "", false, "1亿", "100 million" },
        { "money", 520_000_000m, "", "", false, "5.2亿元", "RMB 520 million" },
        { "money", 5_000m, "", "", false, "5000元", "RMB 5,000" },

        // 5.2万 is loaded as 5.2 × 10000 = 52000.0: the decimal's scale must not show as a trailing ".0".
        { "number", 52_000.0m, "", "", false, "5.2万", "52,000" },
        { "number", 0.5m, "", "", false, "0.5", "0.5" },
        { "percent", 0.5m, "", "", false, "0.5%", "0.5%" },
        { "number", -52_000m, "", "", false, "-5.2万", "-52,000" },

        // Whole numbers in words (NumberWordsTests has them all). Before a measure word (三年提升两位)
        // Chinese says 两, not 二.
        { "words", 0m, "", "", false, "零", "zero" },
        { "words", 2m, "", "", false, "两", "two" },
        { "words", 10m, "", "", false, "十", "ten" },
        { "words", 12m, "", "", false, "十二", "twelve" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_is_written_as_a_chinese_and_an_english_reader_expects(
        string kind, decimal value, string unitZh, string unitEn, bool atLeast, string zh, string en)
    {
        // The build machine's culture must not leak into a figure: German writes 52.000 and 30,3.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(zh, Write(kind, value, unitZh, unitEn, atLeast, Language.Zh));
            Assert.Equal(en, Write(kind, value, unitZh, unitEn, atLeast, Language.En));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

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

    private static string Write(string kind, decimal value, string unitZh, string unitEn, bool atLeast, Language language) => kind switch
    {
        "number" => FigureFormat.Number(value, language),
        "words" => NumberWords.Cardinal(value, language),
        _ => FigureFormat.Format(
            value,
            Enum.Parse<FactKind>(kind, ignoreCase: true),
            new LocalizedText(unitZh, unitEn, SourceLocation.FileOnly("facts.yaml")),
            atLeast,
            language),
    };

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
