using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Doctor;
using BriefingGen.Model;
using BriefingGen.Publishing;
using BriefingGen.Rendering;
using BriefingGen.Watching;

namespace BriefingGen.Tests.Publishing;

/// <summary>An output folder is a folder of its own: never the sources, the project, '/', nor around or inside them.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-outfolder-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_output_folder_under_a_link_loop_is_taken_as_written_rather_than_crashing()
    {
        var loop = Path.Combine(_root, "loop");
        File.CreateSymbolicLink(loop, loop);
        var requested = Path.Combine(loop, "x");

        Assert.Equal(requested, OutputFolder.RealPath(requested));
    }

    private string Briefing => Path.Combine(_root, "data", "jinan-digital-city");

    private ProjectPaths Project()
    {
        TestProject.WithJinanData(_root);
        TestProject.WithSharedTemplates(_root);
        return new ProjectPaths(_root);
    }

    [Theory]
    [InlineData("out")]
    [InlineData("dist")]
    [InlineData("out/site")]
    [InlineData("/tmp/briefinggen-outfolder-elsewhere")]
    public void A_folder_of_its_own_may_be_the_output(string requested)
    {
        var paths = Project();

        Assert.Null(Refusal(paths, requested));
    }

    [Theory]
    [InlineData(".", "BG0020", "is the project's root folder")]
    [InlineData("..", "BG0020", "contains the project's root folder")]
    [InlineData("data", "BG0020", "is a data folder")]
    [InlineData("data/x", "BG0020", "is inside a data folder")]
    [InlineData("data/jinan-digital-city", "BG0020", "is a data folder")]
    [InlineData("data/jinan-digital-city/out", "BG0020", "is inside a data folder")]
    [InlineData("templates", "BG0020", "is the templates folder")]
    [InlineData("templates/css", "BG0020", "is inside the templates folder")]
    [InlineData("/", "BG0020", "is the root of the file system")]
    [InlineData("out/../data", "BG0020", "is a data folder")]
    public void A_source_the_project_or_the_root_is_refused(string requested, string code, string says)
    {
        var paths = Project();

        var refused = Refusal(paths, requested);

        Assert.NotNull(refused);
        Assert.Equal(code, refused.Code);
        Assert.Contains(says, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--out", refused.MessageZh, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, ExitCodes.For([refused]));
    }

    [Fact]
    public void A_symlink_to_the_data_is_refused_as_the_data()
    {
        var paths = Project();
        var link = Path.Combine(_root, "looks-harmless");
        Directory.CreateSymbolicLink(link, Path.Combine(_root, "data"));

        var refused = Refusal(paths, Path.Combine(link, "new"));

        Assert.NotNull(refused);
        Assert.Contains("is inside a data folder", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_above_a_briefing_outside_the_project_is_refused()
    {
        var paths = Project();
        var elsewhere = Path.Combine(_root, "elsewhere");
        var briefing = Path.Combine(elsewhere, "other-briefing");
        Directory.CreateDirectory(briefing);

        var refused = OutputFolder.Refusal(elsewhere, OutputFolder.RealPath(elsewhere), paths.Root, paths.Templates, [paths.Data, briefing]);

        Assert.NotNull(refused);
        Assert.Contains("contains a data folder", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Building_into_the_data_folder_is_refused_and_the_yaml_stays()
    {
        var paths = Project();
        var before = TestProject.Hashes(Path.Combine(_root, "data"));
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([Briefing], diagnostics)!;
        var options = new BuildOptions(Path.Combine(_root, "data"), [Edition.Chinese], Pdf: true, Html: true);

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => new BuildPipeline(paths, _ => { }).BuildAsync(briefings, options));

        Assert.Equal("BG0020", Assert.Single(failure.Diagnostics).Code);
        Assert.Equal(ExitCodes.Usage, ExitCodes.For(failure.Diagnostics));
        Assert.Equal(before, TestProject.Hashes(Path.Combine(_root, "data")));
    }

    [Fact]
    public async Task Watch_refuses_the_same_folders_before_it_writes_anything()
    {
        var paths = Project();
        var before = TestProject.Hashes(_root);
        await using var session = new WatchSession(paths, new WatchOptions([Briefing], Path.Combine(_root, "templates"), 0, Pdf: false, Chinese: false), _ => { });

        var failure = await Assert.ThrowsAsync<BuildFailedException>(session.StartAsync);

        Assert.Equal("BG0020", Assert.Single(failure.Diagnostics).Code);
        Assert.Equal(before, TestProject.Hashes(_root));
    }

    [Fact]
    public void Doctor_reports_a_refused_output_folder()
    {
        var paths = Project();

        var findings = MachineCheck.Run(paths, _root, [Briefing]);

        var output = Assert.Single(findings, f => f.Need == "Output folder");
        Assert.False(output.Ok);
        Assert.Contains("is the project's root folder", output.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_page_reads_each_briefings_own_manifest_and_nothing_deeper()
    {
        var output = Path.Combine(_root, "out");
        WriteManifest(Path.Combine(output, "listed"), "listed");
        WriteManifest(Path.Combine(output, "listed", "nested", "deeper"), "deeper");
        // A loop a recursive search would walk round (or, from '/', the whole file system).
        Directory.CreateSymbolicLink(Path.Combine(output, "loop"), output);
        Directory.CreateSymbolicLink(Path.Combine(output, "listed", "up"), output);

        var ids = Manifest.ReadAll(output).Select(b => b.Id).ToList();

        Assert.Equal(["listed"], ids);
    }

    private static void WriteManifest(string folder, string id)
    {
        Directory.CreateDirectory(folder);
        var briefing = new PublishedBriefing(id, new DateOnly(2025, 1, 8), 1, "政协参阅", "CPPCC Briefing", "标题", "Title", []);
        File.WriteAllText(Path.Combine(folder, Manifest.FileName), Manifest.Build(briefing, folder));
    }

    private Diagnostic? Refusal(ProjectPaths paths, string requested)
    {
        // Relative paths as the command line gives them: from the project's root.
        var full = Path.Combine(_root, requested);
        return OutputFolder.Refusal(requested, OutputFolder.RealPath(full), paths.Root, paths.Templates, [paths.Data, Briefing]);
    }
}
