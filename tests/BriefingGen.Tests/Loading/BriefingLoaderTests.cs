using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Loading;

public sealed class BriefingLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-loader-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // ── The briefings under data/, and the corpus's base briefing ───────────
    // What a briefing under data/ says is the staff's to change: those are only checked to load.
    // The values below are the base briefing's, a fixture the project owns (Checking/Corpus/Base).

    public static TheoryData<string> DataBriefings() => new(TestPaths.DataBriefings);

    [Theory]
    [MemberData(nameof(DataBriefings))]
    public void Every_briefing_under_data_loads_without_errors_with_its_folder_name_as_its_id(string id)
    {
        var diagnostics = new DiagnosticBag();

        var briefing = BriefingLoader.Load(Path.Combine(TestPaths.Data, id), diagnostics);

        Assert.False(diagnostics.HasErrors, Describe(diagnostics));
        Assert.NotNull(briefing);
        Assert.Equal(id, briefing.Id);
    }

    [Theory]
    [InlineData("li_qi", "李琪", "济南市政协委员")]
    [InlineData("wu_xuejun", "吴学军", "济南工程职业技术学院院长")]
    [InlineData("zhang_xi", "张熙", "济南市大数据局局长")]
    public void Each_quoted_person_is_read_with_a_chinese_name_and_role(string id, string name, string role)
    {
        var person = Assert.Single(LoadBase().People, p => p.Id == id);

        Assert.Equal(name, person.Name.Zh);
        Assert.Equal(role, person.Role?.Zh);
    }

    [Fact]
    public void Quotes_are_read_with_the_people_who_speak_them()
    {
        var briefing = LoadBase();

        var speakers = briefing.Quotes.Select(q => q.Speaker.Id).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["li_qi", "wu_xuejun", "zhang_xi"], speakers);
    }

    [Theory]
    [InlineData("wu_xuejun_first_tier", "wu_xuejun", "reported")]
    [InlineData("li_qi_infrastructure", "li_qi", "direct")]
    [InlineData("zhang_xi_infrastructure", "zhang_xi", "reported")]
    public void A_quote_is_read_with_its_speaker_and_mode(string id, string speaker, string mode)
    {
        var quote = Assert.Single(LoadBase().Quotes, q => q.Id == id);

        Assert.Equal(speaker, quote.Speaker.Id);
        Assert.Equal(Enum.Parse<QuoteMode>(mode, ignoreCase: true), quote.Mode);
    }

    [Fact]
    public void Sections_examples_and_introduction_are_read_in_order()
    {
        var briefing = LoadBase();

        Assert.Equal(["ranking", "infrastructure"], briefing.Sections.Select(s => s.Id));
        Assert.Equal(["shanghai"], briefing.Examples.Select(p => p.Id));
        Assert.Single(briefing.Introduction);
    }

    [Fact]
    public void The_masthead_is_read_with_its_series_issue_date_and_print_run()
    {
        var briefing = LoadBase();

        Assert.Equal("政协参阅", briefing.Series.Zh);
        Assert.Equal(1, briefing.Issue);
        Assert.Equal(new DateOnly(2025, 1, 8), briefing.Date);
        Assert.Equal(200, briefing.Distribution?.Copies);
    }

    [Fact]
    public void A_rank_is_read_with_its_value_period_and_source()
    {
        var fact = Assert.Single(LoadBase().Facts, f => f.Id == "ccid_rank_2021");

        Assert.Equal(FactKind.Rank, fact.Kind);
        Assert.Equal(18m, fact.Value?.Typed?.Value);
        Assert.Equal(new Period(PeriodKind.Year, 2021, null), fact.Period);
        Assert.Equal("jinan_daily_report", fact.Source.Id);
    }

    [Fact]
    public void A_count_in_wan_is_read_with_its_units_and_a_target_in_its_own_unit()
    {
        var fact = Assert.Single(LoadBase().Facts, f => f.Id == "fiveg_base_stations");

        Assert.Equal(FactKind.Count, fact.Kind);
        Assert.Equal(52_000m, fact.Value?.Typed?.Value);
        Assert.Equal("处", fact.Unit?.Zh);
        Assert.Equal("", fact.Unit?.En);
        Assert.Equal(new Period(PeriodKind.Year, 2024, null), fact.Period);
        Assert.NotNull(fact.Target);
        Assert.Equal(60_000m, fact.Target.Value);
        Assert.Equal(new DateOnly(2025, 12, 31), fact.Target.By);
        Assert.Equal(Qualifier.AtLeast, fact.Target.Qualifier);
        Assert.Equal("个", fact.TargetUnit?.Zh);
        Assert.Equal("jinan_gov_work_report_2025", fact.TargetSource.Id);
    }

    [Fact]
    public void Facts_are_read_in_every_number_format_and_period()
    {
        var facts = LoadBase().Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);

        Assert.Equal(650_000_000_000m, facts["software_revenue"].Target?.Value);
        Assert.Equal(30.3m, facts["electronics_growth"].Value?.Typed?.Value);
        Assert.Equal(new Period(PeriodKind.FirstThreeQuarters, 2024, null), facts["electronics_growth"].Period);
        Assert.Null(facts["software_revenue"].Value);
        var gain = facts["ccid_rank_gain"].Value;
        Assert.NotNull(gain);
        Assert.Equal(Operation.Difference, gain.Derived?.Operation);
        Assert.Equal(["ccid_rank_2021", "ccid_rank_2024"], gain.Derived?.Operands.Select(o => o.Id));
    }

    // ── Mistakes, one per fixture ────────────────────────────────────────────

    [Fact]
    public void Minimal_valid_briefing_loads_without_any_diagnostic()
    {
        var diagnostics = new DiagnosticBag();

        var briefing = BriefingLoader.Load(TestPaths.Fixture("valid"), diagnostics);

        Assert.True(diagnostics.Items.Count == 0, Describe(diagnostics));
        Assert.NotNull(briefing);
        Assert.Equal(52_000m, Assert.Single(briefing.Facts).Value?.Typed?.Value);
    }

    [Fact]
    public void Missing_english_half_is_reported_with_line_and_column()
    {
        var error = LoadWithError("missing-en-half", "BG1002");

        AssertAt(error, "people.yaml", 3, 11);
        Assert.Contains("'name' has no 'en' half", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_reported_with_the_key_it_was_probably_meant_to_be()
    {
        var error = LoadWithError("unknown-key", "BG1004");

        AssertAt(error, "sources.yaml", 3, 5);
        Assert.Contains("Unknown key 'publsher'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'publisher'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_value_key_of_a_fact_is_reported_as_a_typo_of_value()
    {
        var error = LoadWithError("misspelt-value-key", "BG1004");

        AssertAt(error, "facts.yaml", 6, 5);
        Assert.Contains("Unknown key 'values'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'value'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_where_it_is()
    {
        // Line 9 is `    en: Jinan: Digital Drives New Momentum`: the second colon, column 14, is the mistake.
        var error = LoadWithError("yaml-syntax-error", "BG0002");

        AssertAt(error, "briefing.yaml", 9, 14);
        Assert.StartsWith("This is not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_its_second_occurrence()
    {
        var error = LoadWithError("duplicate-key", "BG0003");

        AssertAt(error, "people.yaml", 5, 5);
        Assert.Contains("The key 'kind' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab()
    {
        var error = LoadWithError("tab-indent", "BG0004");

        AssertAt(error, "sources.yaml", 4, 1);
        Assert.Contains("tab", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_number_is_reported_at_the_value()
    {
        var error = LoadWithError("bad-number", "BG1005");

        AssertAt(error, "facts.yaml", 6, 12);
        Assert.Contains("'5.2w' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_that_does_not_exist_is_reported_at_the_value()
    {
        var error = LoadWithError("bad-date", "BG1006");

        AssertAt(error, "briefing.yaml", 4, 9);
        Assert.Contains("'2025-02-30' is not a date that exists", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_kind_is_reported_with_the_allowed_kinds_and_the_closest_one()
    {
        var error = LoadWithError("bad-kind", "BG1008");

        AssertAt(error, "facts.yaml", 4, 11);
        Assert.Contains("'percentage' is not a valid kind", error.Message, StringComparison.Ordinal);
        Assert.Contains("count, percent, money, compute, rank", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'percent'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_written_without_its_languages_is_reported_at_the_paragraph()
    {
        // Line 5 is `      - 济南累计建设5G基站{fiveg_base_stations}。`: a bare string, not {zh: …, en: …}.
        var error = LoadWithError("paragraph-without-languages", "BG1003");

        AssertAt(error, "sections.yaml", 5, 9);
        Assert.Contains("'body item' should be a paragraph {zh: …, en: …}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_reported_by_name()
    {
        var error = LoadWithError("missing-file", "BG0001");

        AssertAt(error, "quotes.yaml", 0, 0);
        Assert.Contains("The file 'quotes.yaml' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_of_a_briefing_is_reported_in_one_load()
    {
        var diagnostics = new DiagnosticBag();

        var briefing = BriefingLoader.Load(TestPaths.Fixture("several-mistakes"), diagnostics);

        Assert.Null(briefing);
        var found = diagnostics.Items
            .Select(d => $"{Path.GetFileName(d.Location.File)}({d.Location.Line},{d.Location.Column}) {d.Code}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "briefing.yaml(4,9) BG1006",
                "facts.yaml(6,12) BG1005",
                "people.yaml(3,11) BG1002",
                "quotes.yaml(4,11) BG1008",
                "sources.yaml(4,1) BG0004",
            ],
            found);
    }

    /// <summary>The corpus's base briefing: a clean briefing of every entity, owned by the tests.</summary>
    private Briefing LoadBase()
    {
        var diagnostics = new DiagnosticBag();
        // A copy, in a folder whose name is an id.
        var briefing = BriefingLoader.Load(TestProject.WithBaseData(_root), diagnostics);
        Assert.True(briefing is not null, Describe(diagnostics));
        return briefing;
    }

    /// <summary>Loads a fixture that must fail, and returns its one error with the given code.</summary>
    private static Diagnostic LoadWithError(string fixture, string code)
    {
        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(TestPaths.Fixture(fixture), diagnostics);

        Assert.True(briefing is null, $"{fixture} loaded although it has a mistake.{Environment.NewLine}{Describe(diagnostics)}");
        var matching = diagnostics.Items.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got:{Environment.NewLine}{Describe(diagnostics)}");
        Assert.True(matching[0].IsError, matching[0].ToString());
        return matching[0];
    }

    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        Assert.Equal(file, Path.GetFileName(diagnostic.Location.File));
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    private static string Describe(DiagnosticBag diagnostics) =>
        diagnostics.Items.Count == 0 ? "(no diagnostics)" : string.Join(Environment.NewLine, diagnostics.Items);
}
