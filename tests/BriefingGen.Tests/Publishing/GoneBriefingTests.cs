using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Messages;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Publishing;

/// <summary>A build of the whole data folder removes the outputs of briefings no longer in it, and nothing else.</summary>
public sealed class GoneBriefingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public GoneBriefingTests()
    {
        TestProject.WithSharedTemplates(_root);
        Jinan = TestProject.WithJinanData(_root);
        Base = TestProject.WithBaseData(_root);
    }

    private string Jinan { get; }

    private string Base { get; }

    private string Output => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_full_build_removes_the_output_of_a_briefing_no_longer_in_data_and_says_so()
    {
        var ids = await BuildAsync([Jinan, Base], removeGone: true);
        var gone = Path.Combine(Output, ids[1]);
        Assert.True(Directory.Exists(gone));
        Directory.Delete(Base, recursive: true);

        var lines = new List<string>();
        var (warnings, _) = await BuildWithLinesAsync([Jinan], removeGone: true, lines);

        Assert.False(Directory.Exists(gone));
        Assert.Empty(warnings);
        Assert.Contains(Catalogue.Text("progress.removed", DisplayPaths.For(gone), DisplayPaths.For(Path.Combine(_root, "data"))), lines);
        var frontPage = File.ReadAllText(Path.Combine(Output, "index.html"));
        Assert.DoesNotContain($"{ids[1]}/index.html", frontPage, StringComparison.Ordinal);
        Assert.Contains($"{ids[0]}/index.html", frontPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_that_names_some_briefings_removes_no_other()
    {
        var ids = await BuildAsync([Jinan, Base], removeGone: true);

        await BuildAsync([Jinan], removeGone: false);

        Assert.True(Directory.Exists(Path.Combine(Output, ids[1])));
        Assert.Contains($"{ids[1]}/index.html", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_briefing_output_is_left_as_it_is_with_a_warning()
    {
        await BuildAsync([Jinan], removeGone: true);
        var notes = Path.Combine(Output, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "readme.txt"), "the editor's own");
        var broken = Path.Combine(Output, "broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "manifest.json"), "{");

        var (warnings, _) = await BuildWithLinesAsync([Jinan], removeGone: true, []);

        Assert.True(File.Exists(Path.Combine(notes, "readme.txt")));
        Assert.True(File.Exists(Path.Combine(broken, "manifest.json")));
        Assert.Equal(["BG5022", "BG5022"], warnings.Select(w => w.Code));
        Assert.Contains(warnings, w => w.Location.File == DisplayPaths.For(notes) && w.Message.Contains(DisplayPaths.For(notes), StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Location.File == DisplayPaths.For(broken) && w.MessageZh.Contains(DisplayPaths.For(broken), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assemble_removes_the_output_of_a_briefing_in_none_of_the_shards_and_says_so()
    {
        var first = Path.Combine(_root, "shard-1");
        var second = Path.Combine(_root, "shard-2");
        var ids = await BuildAsync([Jinan], removeGone: false, first);
        ids = [.. ids, .. await BuildAsync([Base], removeGone: false, second)];
        var lines = new List<string>();
        var assembly = new SiteAssembly(new ProjectPaths(_root), lines.Add);
        assembly.Assemble([first, second], Output);
        var gone = Path.Combine(Output, ids[1]);
        Assert.True(Directory.Exists(gone));

        var warnings = assembly.Assemble([first], Output);

        Assert.False(Directory.Exists(gone));
        Assert.Empty(warnings);
        Assert.Contains(Catalogue.Text("progress.removed-unsharded", DisplayPaths.For(gone)), lines);
        Assert.DoesNotContain($"{ids[1]}/index.html", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> BuildAsync(IReadOnlyList<string> folders, bool removeGone, string? shard = null) =>
        (await BuildWithLinesAsync(folders, removeGone, [], shard)).Ids;

    private async Task<(IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Ids)> BuildWithLinesAsync(IReadOnlyList<string> folders, bool removeGone, List<string> lines, string? shard = null)
    {
        var paths = new ProjectPaths(_root);
        var diagnostics = new DiagnosticBag();
        IReadOnlyList<Briefing> briefings = BuildPipeline.LoadAll(folders, diagnostics, paths)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        // A shard's build, as build --shard k/n runs it: no front page, nothing removed.
        var options = new BuildOptions(shard ?? Output, Edition.Printed, Pdf: false, Html: true) { RemoveGone = removeGone, FrontPage = shard is null };
        var pipeline = new BuildPipeline(paths, lines.Add);
        await pipeline.BuildAsync(briefings, options);
        return (pipeline.PublishWarnings, briefings.Select(b => b.Id).ToList());
    }
}
