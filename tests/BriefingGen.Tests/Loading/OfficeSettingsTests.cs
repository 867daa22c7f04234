using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Model;
using BriefingGen.Rendering;
using Xunit;

namespace BriefingGen.Tests.Loading;

/// <summary>
/// office.yaml beside the briefing folders: every briefing takes the office's name, series,
/// classification, distribution and red from it, unless its own briefing.yaml gives the key.
/// </summary>
public sealed class OfficeSettingsTests : IDisposable
{
    private readonly string _data = Path.Combine(Directory.CreateTempSubdirectory("briefinggen-office-").FullName, "data");

    private string Briefing => Path.Combine(_data, "office-test");

    public OfficeSettingsTests()
    {
        Directory.CreateDirectory(Briefing);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Checking", "Corpus", "Base")))
        {
            File.Copy(file, Path.Combine(Briefing, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_data)!, recursive: true);

    private const string Office = """
        office:
          name: {zh: 某市政协办公室, en: General Office of the Example Municipal Committee of the CPPCC}
          series: {zh: 政协信息, en: CPPCC Information}
          classification: {zh: 内部资料, en: Internal reference}
          distribution:
            report_to: {zh: 省政协, en: The Provincial Committee of the CPPCC}
            send_to: {zh: 市委, en: The Municipal Committee of the CPC}
            issue_to: {zh: 各区县政协, en: District and county committees of the CPPCC}
            copies: 120
          red: "#C8102E"
        """;

    [Fact]
    public void A_briefing_takes_what_it_does_not_give_from_the_office_yaml_beside_its_folder()
    {
        WriteOffice(Office);
        WithoutHeadKeys("series", "office", "classification", "distribution");

        var (briefing, diagnostics) = Load();

        Assert.Empty(diagnostics.Items);
        var office = LoadOffice();
        Assert.Equal(office.Name!.Zh, briefing.Office.Zh);
        Assert.Equal(office.Series!.En, briefing.Series.En);
        Assert.Equal(office.Classification!.Zh, briefing.Classification.Zh);
        Assert.Equal(office.Distribution!.IssueTo!.En, briefing.Distribution!.IssueTo.En);
        Assert.Equal(office.Distribution.Copies, briefing.Distribution.Copies);
        Assert.Equal(office.Red, briefing.Red);
    }

    [Fact]
    public void A_key_the_briefing_gives_wins_over_the_office_s()
    {
        WriteOffice(Office);
        var own = File.ReadAllText(Path.Combine(Briefing, "briefing.yaml"));

        var (briefing, diagnostics) = Load();

        Assert.Empty(diagnostics.Items);
        Assert.NotEqual(LoadOffice().Series!.Zh, briefing.Series.Zh);
        Assert.Contains($"series: {{zh: {briefing.Series.Zh}, en: {briefing.Series.En}}}", own, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distribution_line_the_briefing_gives_wins_and_the_others_come_from_the_office()
    {
        WriteOffice(Office);
        ReplaceDistribution("  distribution:\n    copies: 35\n");

        var (briefing, diagnostics) = Load();

        Assert.Empty(diagnostics.Items);
        Assert.Equal(35, briefing.Distribution!.Copies);
        Assert.Equal(LoadOffice().Distribution!.ReportTo!.Zh, briefing.Distribution.ReportTo.Zh);
    }

    [Fact]
    public void A_folder_without_office_yaml_still_works_when_briefing_yaml_gives_every_key()
    {
        var (briefing, diagnostics) = Load();

        Assert.Empty(diagnostics.Items);
        Assert.Null(briefing.Red);
    }

    [Fact]
    public void A_key_given_by_neither_file_is_reported_at_the_briefing_naming_both_files()
    {
        WriteOffice("office:\n  name: {zh: 某市政协办公室, en: Example Office}\n");
        WithoutHeadKeys("series");

        var (_, diagnostics) = Load();

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("BG1060", error.Code);
        Assert.EndsWith("briefing.yaml", error.Location.File, StringComparison.Ordinal);
        // The head, where the key would go: its first key is on the line after "briefing:".
        Assert.Equal(2, error.Location.Line);
        foreach (var message in new[] { error.Message, error.MessageZh })
        {
            Assert.Contains("series", message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(_data, "office.yaml"), message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_office_s_red_is_set_over_the_theme_in_every_document()
    {
        WriteOffice(Office);
        var (briefing, diagnostics) = Load();
        Assert.Empty(diagnostics.Items);

        var view = Localizer.Localize(briefing);
        var renderer = new HtmlRenderer(TestPaths.Templates);

        foreach (var edition in Edition.Printed.Append(Edition.Site))
        {
            Assert.Contains($"<style>:root {{ --red: {LoadOffice().Red}; }}</style>", renderer.Render(view, edition), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_red_that_is_not_a_six_digit_colour_never_reaches_the_pages()
    {
        WriteOffice("office:\n  red: \"#c8102e; } body { display: none\"\n");

        var (briefing, diagnostics) = Load();

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("BG1061", error.Code);
        Assert.Equal((Path.Combine(_data, "office.yaml"), 2, 8), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Null(briefing.Red);
    }

    [Fact]
    public void The_office_s_fonts_replace_the_theme_s_stacks_in_every_document()
    {
        WriteOffice(Office + "\n  fonts:\n    zh_body: Noto Sans SC\n    zh_kai: LXGW WenKai\n    en_body: [Noto Sans, Noto Sans SC]\n");
        var diagnostics = new DiagnosticBag();
        var briefing = Assert.Single(BuildPipeline.LoadAll([Briefing], diagnostics, new ProjectPaths(TestPaths.Repository)) ?? []);
        Assert.Empty(diagnostics.Items);

        var html = new HtmlRenderer(TestPaths.Templates).Render(Localizer.Localize(briefing), Edition.Printed[0]);

        Assert.NotEmpty(LoadOffice().Fonts);
        foreach (var choice in LoadOffice().Fonts)
        {
            Assert.Contains($"{choice.Variable}: {string.Join(", ", choice.Families.Select(f => $"'{f}'"))};", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_office_font_not_on_this_machine_is_left_out_of_its_stack_and_reported_where_it_is_chosen()
    {
        // No font of that family is in the office's fonts folder, and the test machine installs none.
        const string family = "Office Licensed FangSong";
        WriteOffice($"office:\n  fonts:\n    zh_body: [{family}, Noto Serif SC]\n");
        var diagnostics = new DiagnosticBag();

        var briefing = Assert.Single(BuildPipeline.LoadAll([Briefing], diagnostics, new ProjectPaths(TestPaths.Repository)) ?? []);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("BG1066", false), (warning.Code, warning.IsError));
        Assert.Equal((Path.Combine(_data, "office.yaml"), 3, 14), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains($"'{family}'", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"“{family}”", warning.MessageZh, StringComparison.Ordinal);
        // The free face after it prints the stack.
        Assert.Equal(["Noto Serif SC"], Assert.Single(briefing.Fonts).Families);
    }

    [Fact]
    public void A_near_miss_of_a_family_the_project_ships_is_an_error_not_an_office_font()
    {
        var shipped = FontCoverage.TryLoad(new ProjectPaths(TestPaths.Repository).Fonts, TestPaths.Templates)!.Families[0];
        var typo = shipped[..^1] + (shipped[^1] == 'x' ? 'y' : 'x');
        WriteOffice($"office:\n  fonts:\n    zh_body: {typo}\n");
        var diagnostics = new DiagnosticBag();

        BuildPipeline.LoadAll([Briefing], diagnostics, new ProjectPaths(TestPaths.Repository));

        var error = Assert.Single(diagnostics.Items, d => d.Code == "BG1063");
        Assert.Equal((3, 14), (error.Location.Line, error.Location.Column));
        Assert.Contains($"'{shipped}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_without_a_bold_face_is_refused_where_bold_is_set_and_allowed_for_kai()
    {
        // Chromium fakes a missing bold, and a faked bold is embedded as a Type 3 font (BG4003).
        WriteOffice("office:\n  fonts:\n    zh_body: LXGW WenKai\n    zh_kai: LXGW WenKai\n");
        var diagnostics = new DiagnosticBag();

        BuildPipeline.LoadAll([Briefing], diagnostics, new ProjectPaths(TestPaths.Repository));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(("BG1064", 3), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_font_name_that_could_break_out_of_the_css_never_reaches_the_pages()
    {
        WriteOffice("office:\n  fonts:\n    zh_body: \"X'; } body { display: none\"\n");

        var (briefing, diagnostics) = Load();

        Assert.Equal("BG1062", Assert.Single(diagnostics.Items, d => d.IsError).Code);
        Assert.Empty(briefing.Fonts);
    }

    [Fact]
    public void Characters_are_checked_against_the_fonts_the_office_chose()
    {
        // Noto Sans has no Chinese: every Chinese character of the briefing is now unprintable.
        WriteOffice("office:\n  fonts:\n    zh_body: Noto Sans\n");
        var diagnostics = new DiagnosticBag();

        BuildPipeline.LoadAll([Briefing], diagnostics, new ProjectPaths(TestPaths.Repository));

        Assert.Contains(diagnostics.Items, d => d.Code == "BG2010" && d.Message.Contains("Noto Sans", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_build_and_new_see_the_office_through_the_one_loader()
    {
        WriteOffice(Office);
        WithoutHeadKeys("series");

        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([Briefing], diagnostics, new ProjectPaths(TestPaths.Repository));

        Assert.NotNull(briefings);
        Assert.Equal(LoadOffice().Series!.Zh, Assert.Single(briefings).Series.Zh);
    }

    private (Briefing Briefing, DiagnosticBag Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        return (BriefingLoader.Read(Briefing, diagnostics), diagnostics);
    }

    private Office LoadOffice()
    {
        var diagnostics = new DiagnosticBag();
        var office = OfficeReader.Read(Path.Combine(_data, "office.yaml"), diagnostics, path => new YamlFile(path, diagnostics));
        Assert.Empty(diagnostics.Items);
        return office;
    }

    private void WriteOffice(string text) => File.WriteAllText(Path.Combine(_data, "office.yaml"), text);

    /// <summary>Removes keys of briefing.yaml's head, each with the lines indented under it.</summary>
    private void WithoutHeadKeys(params string[] keys)
    {
        var path = Path.Combine(Briefing, "briefing.yaml");
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                skipping = keys.Any(k => line.StartsWith($"  {k}:", StringComparison.Ordinal));
            }

            if (!skipping)
            {
                kept.Add(line);
            }
        }

        File.WriteAllLines(path, kept);
    }

    private void ReplaceDistribution(string distribution)
    {
        WithoutHeadKeys("distribution");
        File.AppendAllText(Path.Combine(Briefing, "briefing.yaml"), distribution);
    }
}
