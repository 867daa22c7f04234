using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Scaffolding;

namespace BriefingGen.Tests.Scaffolding;

/// <summary>'new' writes a briefing that checks clean at once, names its schemas, and never overwrites.</summary>
public sealed class BriefingScaffoldTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("briefinggen-new-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void A_new_briefing_checks_clean_with_no_warning()
    {
        var folder = Path.Combine(_data, "jinan-ai-2026");

        Assert.Null(BriefingScaffold.Create(folder, new DateOnly(2026, 11, 25)));
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([folder], diagnostics);

        Assert.NotNull(briefings);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(new DateOnly(2026, 11, 25), briefings.Single().Date);
        Assert.Equal(BriefingScaffold.Files.Order(), Directory.GetFiles(folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_new_briefing_has_an_example_of_every_entity_in_both_languages()
    {
        var folder = Path.Combine(_data, "example");
        BriefingScaffold.Create(folder, new DateOnly(2026, 1, 8));

        var briefing = BuildPipeline.LoadAll([folder], new DiagnosticBag())!.Single();

        Assert.NotEmpty(briefing.People);
        Assert.NotEmpty(briefing.Sources);
        Assert.NotEmpty(briefing.Facts);
        Assert.NotEmpty(briefing.Quotes);
        Assert.NotEmpty(briefing.Sections);
        Assert.NotNull(briefing.Occasion);
        Assert.NotNull(briefing.Distribution);
        Assert.All(BriefingScaffold.Files, file =>
            Assert.StartsWith("# yaml-language-server: $schema=../../schemas/", File.ReadLines(Path.Combine(folder, file)).First(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_briefing_beside_an_office_yaml_takes_the_office_s_settings_from_it()
    {
        File.Copy(Path.Combine(TestPaths.Repository, "data", "office.yaml"), Path.Combine(_data, "office.yaml"));
        File.AppendAllText(Path.Combine(_data, "office.yaml"), "  red: \"#123456\"\n");
        var folder = Path.Combine(_data, "next-issue");

        BriefingScaffold.Create(folder, new DateOnly(2026, 1, 8));
        var diagnostics = new DiagnosticBag();
        var briefing = Assert.Single(BuildPipeline.LoadAll([folder], diagnostics)!);

        Assert.Empty(diagnostics.Items);
        var office = BriefingGen.Loading.OfficeReader.Read(Path.Combine(_data, "office.yaml"), diagnostics, path => new BriefingGen.Loading.YamlFile(path, diagnostics));
        Assert.Equal(office.Name!.Zh, briefing.Office.Zh);
        Assert.Equal(office.Series!.En, briefing.Series.En);
        Assert.Equal(office.Distribution!.Copies, briefing.Distribution!.Copies);
        Assert.Equal(office.Red, briefing.Red);
        // Taken from the office, not copied: a change to office.yaml reaches this briefing too.
        Assert.DoesNotContain("\n  series:", File.ReadAllText(Path.Combine(folder, "briefing.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_briefing_names_neither_Jinan_s_office_nor_its_column()
    {
        var folder = Path.Combine(_data, "elsewhere");
        var jinan = Assert.Single(BuildPipeline.LoadAll([TestPaths.Jinan], new DiagnosticBag())!);

        BriefingScaffold.Create(folder, new DateOnly(2026, 1, 8));

        foreach (var file in Directory.GetFiles(folder))
        {
            var text = File.ReadAllText(file);
            foreach (var jinans in new[] { jinan.Office.Zh, jinan.Office.En, jinan.Column!.Zh, jinan.Column.En, "济南", "Jinan" })
            {
                Assert.DoesNotContain(jinans, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void An_existing_briefing_is_never_overwritten()
    {
        var folder = Path.Combine(_data, "taken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "facts.yaml"), "facts: []\n");

        var refusal = BriefingScaffold.Create(folder, new DateOnly(2026, 1, 8));

        Assert.Equal("BG0008", refusal?.Code);
        Assert.Equal("facts: []\n", File.ReadAllText(Path.Combine(folder, "facts.yaml")));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("jinan-ai-2026", true)]
    [InlineData("a", true)]
    [InlineData("Jinan", false)]
    [InlineData("jinan_ai", false)]
    [InlineData("-jinan", false)]
    [InlineData("../etc", false)]
    public void Ids_are_lower_case_words_joined_by_hyphens(string id, bool valid) =>
        Assert.Equal(valid, BriefingScaffold.IsValidId(id));
}
