using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Publishing;

/// <summary>The front page lists only briefings whose files are all there as their manifests list them.</summary>
public sealed class FrontPageTests : IDisposable
{
    private const string Id = "jinan-digital-city";

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    [Fact]
    public async Task A_briefing_with_a_file_deleted_by_hand_is_left_off_the_front_page_with_a_warning_naming_the_file()
    {
        var output = await BuildHtmlAsync();
        var file = Path.Combine(output, Id, "index.html");
        File.Delete(file);

        var warnings = WriteFrontPage(output);

        var warning = Assert.Single(warnings.Items);
        Assert.Equal("BG5020", warning.Code);
        Assert.Contains(DisplayPathOf(file), warning.Message, StringComparison.Ordinal);
        Assert.Contains(DisplayPathOf(file), warning.MessageZh, StringComparison.Ordinal);
        Assert.EndsWith(Manifest.FileName, warning.Location.File, StringComparison.Ordinal);
        Assert.True(warning.Location.Line > 1);
        Assert.DoesNotContain($"{Id}/index.html", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_briefing_with_a_file_changed_after_the_build_is_left_off_the_front_page_even_at_the_same_size()
    {
        var output = await BuildHtmlAsync();
        var file = Path.Combine(output, Id, "index.html");
        var bytes = File.ReadAllBytes(file);
        bytes[^2] ^= 1;
        File.WriteAllBytes(file, bytes);

        var warnings = WriteFrontPage(output);

        var warning = Assert.Single(warnings.Items);
        Assert.Equal("BG5021", warning.Code);
        Assert.Contains(DisplayPathOf(file), warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Id}/index.html", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_briefing_whose_files_are_all_there_is_listed_without_a_warning()
    {
        var output = await BuildHtmlAsync();

        var warnings = WriteFrontPage(output);

        Assert.Empty(warnings.Items);
        Assert.Contains($"{Id}/index.html", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512, "512 B")]
    [InlineData(860_400, "860 KB")]
    [InlineData(1_249_000, "1.2 MB")]
    public void A_file_size_reads_as_a_file_manager_shows_it(long bytes, string shown) =>
        Assert.Equal(shown, FileSize.Format(bytes));

    private static string DisplayPathOf(string file) => BriefingGen.Loading.DisplayPaths.For(file);

    private static DiagnosticBag WriteFrontPage(string output)
    {
        var warnings = new DiagnosticBag();
        var paths = new ProjectPaths(TestPaths.Repository);
        FrontPage.Write(output, paths.Templates, new HtmlRenderer(paths.Templates), FontCatalog.Load(paths.Fonts), FontSubsetter.For(paths.Root), warnings);
        return warnings;
    }

    private async Task<string> BuildHtmlAsync()
    {
        var output = Path.Combine(_scratch, "out");
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([TestPaths.Jinan], diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(output, Edition.Printed, Pdf: false, Html: true);
        await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
        return output;
    }
}
