using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Checking;

/// <summary>
/// Figures checked against each other: each counts as what its digits may stand for, so rounding
/// in the parts, the whole or the share is allowed, and a figure that rounding cannot explain is not.
/// </summary>
public sealed class RelationCheckerTests
{
    private static readonly SourceLocation At = SourceLocation.FileOnly("facts.yaml");

    public static TheoryData<string, string, string, string, bool> Relations { get; } = new()
    {
        // From the 2025 communications statistics: 18.27亿 + 1.6亿 users is stated as 19.87亿.
        { "sum", "count:19.87亿", "count:18.27亿 count:1.6亿", "", true },
        // A digit off in the whole is more than rounding: 18.27亿 + 1.6亿 cannot be 19.97亿.
        { "sum", "count:19.97亿", "count:18.27亿 count:1.6亿", "", false },
        // 2.4亿 ÷ 6.91亿 is 34.73%, yet 34.5% is true: 2.4亿 may be anything from 2.35亿 to 2.45亿.
        { "share", "share:34.5", "count:2.4亿 count:6.91亿", "", true },
        { "share", "share:36.5", "count:2.4亿 count:6.91亿", "", false },
        // 超过20万 + 10万 is at least 29.5万: a whole of 30万 may be true, 25万 cannot.
        { "sum", "count:30万", "count:20万:more_than count:10万", "", true },
        { "sum", "count:25万", "count:20万:more_than count:10万", "", false },
        // 增长1.35倍 is 2.35 times the base.
        { "ratio", "multiple:1.35", "count:235 count:100", "multiple=increase", true },
        { "ratio", "multiple:2.35", "count:235 count:100", "multiple=increase", false },
        { "ratio", "multiple:2.35", "count:235 count:100", "", true },
        // A change of 4.1% from 100.0 to 104.1; not 4.5%. (From a bare 100, which may be 99.5 to
        // 100.5, 4.5% could be true: the digits typed are the precision claimed.)
        { "change", "change:4.1", "count:100.0 count:104.1", "", true },
        { "change", "change:4.5", "count:100.0 count:104.1", "", false },
        { "change", "change:4.5", "count:100 count:104.1", "", true },
        // 约 allows 5%.
        { "sum", "count:100:about", "count:52 count:52", "", true },
    };

    [Theory]
    [MemberData(nameof(Relations))]
    public void Stated_figure_agrees_with_the_facts_it_follows_from_within_their_rounding(
        string operation, string stated, string operands, string keys, bool agrees)
    {
        var parts = operands.Split(' ').Select((written, i) => Written($"part_{i}", written, "")).ToList();
        var op = Enum.Parse<Operation>(operation, ignoreCase: true);
        var check = new Derivation(op, parts.Select(p => new IdRef(p.Id, At)).ToList(), null, At);
        var whole = Written("whole", stated, keys) with { Check = check };
        var facts = parts.Append(whole).ToList();
        var diagnostics = new DiagnosticBag();

        FigureChecker.Check(facts, facts.ToDictionary(f => f.Id, StringComparer.Ordinal), diagnostics);

        var disagree = diagnostics.Items.Where(d => d.Code == "BG2026").ToList();
        Assert.Equal(agrees, disagree.Count == 0);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code != "BG2026");
        if (!agrees)
        {
            // Both facts are named, in both languages.
            Assert.All(facts.Select(f => f.Id), id => Assert.Contains($"'{id}'", disagree[0].Message, StringComparison.Ordinal));
            Assert.All(facts.Select(f => f.Id), id => Assert.Contains($"“{id}”", disagree[0].MessageZh, StringComparison.Ordinal));
        }
    }

    [Theory]
    // 研发经费占比4.6% in 2025 against the plan's 4.5% for 2025: met, not a slip.
    [InlineData("2025", "2025-12-31", false)]
    // The same figures with the deadline still ahead: a target below the figure is a slip.
    [InlineData("2024", "2025-12-31", true)]
    [InlineData("2025-06-30", "2025-12-31", true)]
    [InlineData("2025-12-31", "2025-12-31", false)]
    public void Target_below_the_figure_is_an_error_only_while_its_deadline_is_ahead(string period, string by, bool error)
    {
        var fact = Written("rd_intensity", "percent:4.6", "") with
        {
            Period = BriefingGen.Loading.PeriodParser.Parse(period),
            Target = new Target(TestFacts.Parse("4.5"), Qualifier.None, null, DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture), null, At),
        };
        var diagnostics = new DiagnosticBag();

        FigureChecker.Check([fact], new Dictionary<string, Fact> { [fact.Id] = fact }, diagnostics);

        Assert.Equal(error, diagnostics.Items.Any(d => d.Code == "BG2007"));
    }

    /// <summary>"count:20万:more_than" → a count of 20万 with a qualifier.</summary>
    private static Fact Written(string id, string written, string keys)
    {
        var parts = written.Split(':');
        var all = string.Join(';', new[] { keys, parts[0] == "count" ? "unit=个/" : "", parts.Length > 2 ? "qualifier=" + parts[2] : "" }.Where(k => k.Length > 0));
        return TestFacts.Typed(id, parts[0], parts[1], all).Fact;
    }
}
