using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Localization;

/// <summary>
/// Every kind of figure, in both languages, at its edges. A row gives the fact as staff type it
/// (the value as written in facts.yaml, and the keys its kind takes) and the figure as a Chinese
/// and an English reader expect it, written from the style of statistical communiqués, not from the code.
/// </summary>
public sealed class FigureTableTests
{
    // keys: "unit=个/base stations", "qualifier=at_least", "currency=usd", "compared_with=previous_year",
    // "multiple=increase", "of=全市GDP/the city's GDP", "per=1万 人/people"; ";" between keys.
    public static TheoryData<string, string, string, string, string> Figures { get; } = new()
    {
        // Counts: magnitudes to 万亿 / trillion, no grouping below 万 in Chinese.
        { "count", "0", "unit=个/", "0个", "0" },
        { "count", "1", "unit=家/enterprise", "1家", "1 enterprise" },
        { "count", "9999", "unit=个/", "9999个", "9,999" },
        { "count", "1万", "unit=个/", "1万个", "10,000" },
        { "count", "9999.5万", "unit=个/", "9999.5万个", "99.995 million" },
        { "count", "1亿", "unit=条/records", "1亿条", "100 million records" },
        { "count", "417亿", "unit=条/records", "417亿条", "41.7 billion records" },
        { "count", "1万亿", "unit=条/records", "1万亿条", "1 trillion records" },
        { "count", "11万亿", "unit=次/visits", "11万亿次", "11 trillion visits" },
        { "count", "52,000", "unit=处/", "5.2万处", "52,000" },
        { "count", "12345", "unit=个/", "1.2345万个", "12,345" },
        { "count", "4", "unit=位/places", "4位", "4 places" },
        { "count", "10", "unit=家/;qualifier=at_least", "10家以上", "at least 10" },
        { "percent", "0.5", "", "0.5%", "0.5%" },
        { "percent", "80", "qualifier=at_least", "80%以上", "at least 80%" },

        // Money picks the unit a reader expects and keeps the digits typed (45.5, never 45.50).
        { "money", "5000", "", "5000元", "RMB 5,000" },
        { "money", "120万", "", "120万元", "RMB 1.2 million" },
        { "money", "6500亿", "", "6500亿元", "RMB 650 billion" },
        { "money", "45.5万亿", "", "45.5万亿元", "RMB 45.5 trillion" },
        { "money", "1万亿", "", "1万亿元", "RMB 1 trillion" },
        { "money", "3.2亿", "currency=usd", "3.2亿美元", "US$320 million" },
        { "money", "1.5万亿", "currency=usd", "1.5万亿美元", "US$1.5 trillion" },

        // Percentages, including the edges of 0 and 100, and digits typed after the point.
        { "percent", "0", "", "0%", "0%" },
        { "percent", "100", "", "100%", "100%" },
        { "percent", "30.3", "", "30.3%", "30.3%" },
        { "percent", "43.0", "", "43.0%", "43.0%" },
        { "compute", "5000", "", "5000P", "5,000 PFLOPS" },

        // Ranks: English ordinals, 11 to 13 take "th".
        { "rank", "1", "", "第1位", "1st" },
        { "rank", "2", "", "第2位", "2nd" },
        { "rank", "13", "", "第13位", "13th" },
        { "rank", "22", "", "第22位", "22nd" },

        // Each qualifier, where each language puts it: 以上 after the figure, the others before.
        { "count", "160万", "unit=个/;qualifier=at_least", "160万个以上", "at least 1.6 million" },
        { "count", "20万", "unit=座/stations;qualifier=more_than", "超过20万座", "more than 200,000 stations" },
        { "count", "3000", "unit=家/enterprises;qualifier=over", "逾3000家", "over 3,000 enterprises" },
        { "money", "1.6万亿", "qualifier=about", "约1.6万亿元", "about RMB 1.6 trillion" },
        { "percent", "60", "qualifier=nearly", "近60%", "nearly 60%" },
        { "percent", "5", "qualifier=less_than", "不足5%", "less than 5%" },
        { "percent", "5.5", "qualifier=up_to", "不超过5.5%", "up to 5.5%" },
        // 余 and 多 stand between the number and its measure word, after any 万.
        { "count", "3000", "unit=家/enterprises;qualifier=plus", "3000余家", "more than 3,000 enterprises" },
        { "count", "3.5万", "unit=家/;qualifier=plus", "3.5万余家", "more than 35,000" },
        { "count", "1亿", "unit=人/people;qualifier=plus", "1亿余人", "more than 100 million people" },
        { "count", "1700", "unit=项/;qualifier=odd", "1700多项", "more than 1,700" },

        // Changes year on year, on the previous period, or against a base the prose names; down and flat.
        { "change", "4.1", "compared_with=previous_year", "同比增长4.1%", "up 4.1% year on year" },
        { "change", "-2.5", "compared_with=previous_year", "同比下降2.5%", "down 2.5% year on year" },
        { "change", "0", "compared_with=previous_year", "同比持平", "unchanged year on year" },
        { "change", "1.2", "compared_with=previous_period", "环比增长1.2%", "up 1.2% on the previous period" },
        { "change", "15", "qualifier=more_than", "增长超过15%", "up more than 15%" },
        { "change", "3.2", "against=较一季度/on the first quarter", "较一季度增长3.2%", "up 3.2% on the first quarter" },
        { "change", "7.9", "against=年均/a year on average", "年均增长7.9%", "up 7.9% a year on average" },
        { "change", "10", "qualifier=at_least", "增长10%以上", "up at least 10%" },

        // Percentage points: one point is singular in English.
        { "points", "2.3", "", "提高2.3个百分点", "up 2.3 percentage points" },
        { "points", "-0.8", "compared_with=previous_year", "同比下降0.8个百分点", "down 0.8 percentage points year on year" },
        { "points", "1", "", "提高1个百分点", "up 1 percentage point" },

        // Multiples: 增长1.35倍 is 2.35 times the base, so English says up 135%, never "1.35 times more".
        { "multiple", "2.35", "", "2.35倍", "2.35 times" },
        { "multiple", "1.35", "multiple=increase", "增长1.35倍", "up 135%" },
        { "multiple", "1", "multiple=increase;qualifier=more_than", "增长超过1倍", "up more than 100%" },

        // Shares of a whole, named or not.
        { "share", "43.3", "of=全市GDP/the city's GDP", "占全市GDP的43.3%", "43.3% of the city's GDP" },
        { "share", "100", "", "100%", "100%" },
        { "share", "40", "of=GDP/GDP;qualifier=at_least", "占GDP的40%以上", "at least 40% of GDP" },

        // Densities: a round base in words in Chinese.
        { "density", "28.9", "unit=个/;per=1万 人/people", "每万人28.9个", "28.9 per 10,000 people" },
        { "density", "3.2", "unit=名/doctors;per=1000 人/people", "每千人3.2名", "3.2 doctors per 1,000 people" },
        { "density", "1.5", "unit=部/phones;per=1 人/person", "每人1.5部", "1.5 phones per person" },
        { "density", "12", "unit=个/;per=2000 人/people", "每2000人12个", "12 per 2,000 people" },

        // Ratios.
        { "ratio", "2.34", "", "2.34:1", "2.34:1" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figure_is_written_as_a_chinese_and_an_english_reader_expects(string kind, string typed, string keys, string zh, string en)
    {
        // The build machine's culture must not leak into a figure: German writes 52.000 and 30,3.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var (fact, quantity) = Fact(kind, typed, keys);

            Assert.Equal(zh, FigureFormat.Value(fact, quantity, Language.Zh));
            Assert.Equal(en, FigureFormat.Value(fact, quantity, Language.En));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    public static TheoryData<string, string, string, string, string> Derived { get; } = new()
    {
        // A sum rounded to 1万 that reaches 10000万 is 1亿: the unit is chosen after rounding.
        { "sum", "9999.5万 0.6万", "1万", "1亿个", "100 million" },
        // A sum without a rule is exact.
        { "sum", "10.1万亿 35.4万亿", "", "45.5万亿个", "45.5 trillion" },
        // A share keeps the decimals its rule asks for.
        { "share", "43 100", "0.1", "43.0%", "43.0%" },
        // Half away from zero, as 四舍五入: 1/8 = 12.5% → 13%.
        { "share", "1 8", "1", "13%", "13%" },
        // A change and a fall.
        { "change", "100 104.1", "0.1", "增长4.1%", "up 4.1%" },
        { "change", "200 150", "0.1", "下降25.0%", "down 25.0%" },
    };

    [Theory]
    [MemberData(nameof(Derived))]
    public void Derived_figure_is_worked_out_rounded_and_written(string operation, string operands, string round, string zh, string en)
    {
        var op = Enum.Parse<Operation>(operation, ignoreCase: true);
        var at = SourceLocation.FileOnly("facts.yaml");
        var parts = operands.Split(' ').Select((typed, i) => Fact("count", typed, "unit=个/").Fact with { Id = $"part_{i}" }).ToList();
        var kind = op switch
        {
            Operation.Share => FactKind.Percent,
            Operation.Change => FactKind.Change,
            _ => FactKind.Count,
        };
        var derivation = new Derivation(op, parts.Select(p => new IdRef(p.Id, at)).ToList(), round.Length == 0 ? null : Parse(round).Value, at);
        var derived = Fact(kind.ToString().ToLowerInvariant(), "0", kind == FactKind.Count ? "unit=个/" : "").Fact with
        {
            Id = "derived",
            Value = new FactValue(null, derivation, Qualifier.None, at),
        };
        var values = new FactValues([.. parts, derived]);

        var quantity = values.QuantityOf(derived)!;

        Assert.Equal(zh, FigureFormat.Value(derived, quantity, Language.Zh));
        Assert.Equal(en, FigureFormat.Value(derived, quantity, Language.En));
    }

    private static (Fact Fact, Quantity Quantity) Fact(string kind, string typed, string keys) => TestFacts.Typed("fact", kind, typed, keys);

    private static Quantity Parse(string typed) => TestFacts.Parse(typed);
}
