using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using Xunit;

namespace BriefingGen.Tests.Checking;

public sealed class BriefingCheckerTests
{
    [Fact]
    public void Jinan_briefing_checks_without_errors()
    {
        var diagnostics = Check(TestPaths.Jinan);

        Assert.False(diagnostics.HasErrors, Describe(diagnostics));
    }

    [Fact]
    public void Minimal_valid_briefing_checks_without_any_diagnostic()
    {
        var diagnostics = Check(TestPaths.Fixture("valid"));

        Assert.True(diagnostics.Items.Count == 0, Describe(diagnostics));
    }

    [Fact]
    public void Unknown_fact_in_prose_is_reported_at_its_paragraph()
    {
        var diagnostics = Check(TestPaths.Fixture("unknown-fact-in-prose"));

        var error = Assert.Single(Distinct(diagnostics, "BG2002"), d => d.Message.Contains("'no_such_fact'", StringComparison.Ordinal));
        Assert.True(error.IsError);
        AssertAt(error, "sections.yaml", 6, 9);
        Assert.Equal("There is no fact with the id 'no_such_fact'.", error.Message);
    }

    [Fact]
    public void Misspelt_fact_in_prose_is_reported_with_the_fact_it_was_probably_meant_to_be()
    {
        var diagnostics = Check(TestPaths.Fixture("unknown-fact-in-prose"));

        var error = Assert.Single(Distinct(diagnostics, "BG2002"), d => d.Message.Contains("'fiveg_base_station'", StringComparison.Ordinal));
        AssertAt(error, "sections.yaml", 7, 9);
        Assert.Contains("Did you mean 'fiveg_base_stations'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fact_written_in_both_languages_of_a_paragraph_is_reported_once()
    {
        // One mistake, one message: the paragraph's zh and en halves both say {no_such_fact}.
        var diagnostics = Check(TestPaths.Fixture("unknown-fact-in-prose"));

        var reports = diagnostics.Items.Where(d => d.Message.Contains("'no_such_fact'", StringComparison.Ordinal)).ToList();

        Assert.True(reports.Count == 1, Describe(diagnostics));
    }

    [Fact]
    public void Unknown_speaker_of_a_quote_is_reported_at_the_speaker()
    {
        var diagnostics = Check(TestPaths.Fixture("unknown-speaker"));

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("BG2002", error.Code);
        AssertAt(error, "quotes.yaml", 3, 14);
        Assert.Contains("There is no person with the id 'zhang_si'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'zhang_xi'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_fact_id_is_reported_at_the_second_fact_naming_the_first()
    {
        var diagnostics = Check(TestPaths.Fixture("duplicate-fact-id"));

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("BG2001", error.Code);
        AssertAt(error, "facts.yaml", 9, 5);
        Assert.Contains("The id 'fiveg_base_stations' is already used at ", error.Message, StringComparison.Ordinal);
        Assert.Contains("facts.yaml(2,5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_reference_to_a_fact_without_target_is_reported()
    {
        var diagnostics = Check(TestPaths.Fixture("target-without-target"));

        var error = Assert.Single(Distinct(diagnostics, "BG2003"));
        Assert.True(error.IsError);
        AssertAt(error, "sections.yaml", 6, 9);
        Assert.Equal("The reference '{fiveg_base_stations.target}' asks for a target, but the fact has none.", error.Message);
        Assert.All(diagnostics.Items.Where(d => d.IsError), d => Assert.Equal("BG2003", d.Code));
    }

    [Fact]
    public void Percentage_over_100_is_an_error()
    {
        var diagnostics = Check(TestPaths.Fixture("percent-over-100"));

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal("facts.yaml", Path.GetFileName(error.Location.File));
        Assert.Contains("electronics_growth", error.Message, StringComparison.Ordinal);
        Assert.Contains("130.3", error.Message, StringComparison.Ordinal);
        Assert.Contains("a percentage between 0 and 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentage_over_100_is_reported_at_the_value()
    {
        // Line 12 is `    value: 130.3`; the fact itself starts at line 9.
        var diagnostics = Check(TestPaths.Fixture("percent-over-100"));

        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        AssertAt(error, "facts.yaml", 12, 12);
    }

    [Fact]
    public void Unused_fact_is_a_warning_not_an_error()
    {
        var diagnostics = Check(TestPaths.Fixture("unused-fact"));

        Assert.False(diagnostics.HasErrors, Describe(diagnostics));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("BG5001", warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        AssertAt(warning, "facts.yaml", 9, 5);
        Assert.Contains("The fact 'data_centres' is never used", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>Loads a briefing that must load cleanly, then checks it.</summary>
    private static DiagnosticBag Check(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(folder, diagnostics);
        Assert.True(briefing is not null && !diagnostics.HasErrors, $"{folder} did not load:{Environment.NewLine}{Describe(diagnostics)}");

        BriefingChecker.Check(briefing, diagnostics);
        return diagnostics;
    }

    /// <summary>The diagnostics with a code, each reported once even where the code reports it for both languages.</summary>
    private static List<Diagnostic> Distinct(DiagnosticBag diagnostics, string code) =>
        diagnostics.Items.Where(d => d.Code == code).Distinct().ToList();

    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        Assert.Equal(file, Path.GetFileName(diagnostic.Location.File));
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    private static string Describe(DiagnosticBag diagnostics) =>
        diagnostics.Items.Count == 0 ? "(no diagnostics)" : string.Join(Environment.NewLine, diagnostics.Items);
}
