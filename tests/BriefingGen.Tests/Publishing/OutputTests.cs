using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Tests.Printing;

namespace BriefingGen.Tests.Publishing;

/// <summary>What a build leaves in out/: the same bytes every time, and nothing touched when it fails.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Building_twice_gives_byte_identical_files()
    {
        var first = Path.Combine(_scratch, "first");
        var second = Path.Combine(_scratch, "second");

        await JinanBuild.BuildAsync(first);
        await JinanBuild.BuildAsync(second);

        var firstHashes = Hashes(Path.Combine(first, "jinan-digital-city"));
        Assert.Contains("jinan-digital-city.zh.pdf", firstHashes.Keys);
        Assert.Contains("index.html", firstHashes.Keys);
        Assert.Contains("manifest.json", firstHashes.Keys);
        SameOutputs.Assert(Path.Combine(first, "jinan-digital-city"), Path.Combine(second, "jinan-digital-city"));
    }

    [Fact]
    public async Task Printing_on_a_busy_machine_gives_the_same_bytes_and_fonts_as_at_rest()
    {
        var rest = Path.Combine(_scratch, "rest");
        await JinanBuild.BuildAsync(rest);

        // Busy threads on every core, three builds (three browsers) printing at once, and each
        // renderer slowed tenfold: busy threads alone starve the browser only now and then, so the
        // test would pass by luck; a slowed renderer prints as late as a loaded machine every time.
        var loaded = Enumerable.Range(1, 3).Select(i => Path.Combine(_scratch, $"loaded-{i}")).ToList();
        // Its timeout grows with it: a Chinese edition is printed up to five times (grid, loose lines, end block).
        var slowed = PrinterOptions.Default with { Slowdown = 10, Timeout = TimeSpan.FromSeconds(180) };
        using (new BusyMachine())
        {
            await Task.WhenAll(loaded.Select(folder => JinanBuild.BuildAsync(folder, printer: slowed)));
        }

        foreach (var folder in loaded)
        {
            SameOutputs.Assert(Path.Combine(rest, "jinan-digital-city"), Path.Combine(folder, "jinan-digital-city"));
        }
    }

    [Fact]
    public async Task The_manifest_lists_every_file_with_its_sha256()
    {
        var output = Path.Combine(_scratch, "out");
        await JinanBuild.BuildAsync(output);
        var folder = Path.Combine(output, "jinan-digital-city");

        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));

        foreach (var (file, hash) in Hashes(folder).Where(pair => pair.Key != "manifest.json"))
        {
            Assert.Contains($"\"path\": \"{file}\"", manifest, StringComparison.Ordinal);
            Assert.Contains($"\"sha256\": \"{hash}\"", manifest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_template_error_leaves_the_previous_output_exactly_as_it_was()
    {
        var output = Path.Combine(_scratch, "out");
        await JinanBuild.BuildAsync(output);
        var before = Hashes(Path.Combine(output, "jinan-digital-city"));

        var broken = BrokenProject();
        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => JinanBuild.BuildAsync(output, broken));

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG3001", error.Code);
        Assert.EndsWith("partials/sources.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(before, Hashes(Path.Combine(output, "jinan-digital-city")));
        // No staging folder is left behind: only the briefing and the site's own pages, feed and folders.
        Assert.Equal(["assets", "feed.xml", "index.html", "jinan-digital-city", "pagefind", "series"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>A copy of the project whose sources partial names a variable that does not exist.</summary>
    private ProjectPaths BrokenProject()
    {
        var root = TestProject.WithOwnTemplates(Path.Combine(_scratch, "broken"));
        var partial = Path.Combine(root, "templates", "partials", "sources.sbn");
        var lines = File.ReadAllLines(partial).ToList();
        lines[1] = "  <h2>{{ labels.no_such_label }}</h2>";
        File.WriteAllLines(partial, lines);
        return new ProjectPaths(root);
    }

    private static Dictionary<string, string> Hashes(string folder) => TestProject.Hashes(folder);
}
