using Xunit;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// build makes again only the briefings whose inputs changed since their outputs were made: their
/// data, the office's settings, the templates (and the rest the manifest's fingerprint covers); the
/// others stay published as they are. --force makes them all. The tool runs as a process, as staff run it.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-incremental-").FullName;

    public IncrementalBuildTests()
    {
        TestProject.WithOwnTemplates(_root);
        // package.json marks the folder as the project, so that the tool takes its templates from it.
        File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(_root, "package.json"));
        var first = TestProject.WithBaseData(_root);
        Directory.CreateDirectory(Second);
        foreach (var file in Directory.GetFiles(first))
        {
            File.Copy(file, Path.Combine(Second, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly string[] Ids = ["base", "base-two"];

    private string Second => Path.Combine(_root, "data", "base-two");

    private string Out => Path.Combine(_root, "out");

    [Fact]
    public void Only_a_briefing_whose_inputs_changed_is_built_again_and_force_builds_every_one()
    {
        Build();
        var firstBuild = Stamps();

        // Nothing changed: nothing is printed, and not a file is rewritten.
        var again = Build();
        Assert.DoesNotContain("Printing", again, StringComparison.Ordinal);
        Assert.Equal(2, again.Split('\n').Count(l => l.Contains("Unchanged", StringComparison.Ordinal)));
        Assert.Equal(firstBuild, Stamps());

        // One sentence of one briefing: that one only.
        var sections = Path.Combine(Second, "sections.yaml");
        var text = File.ReadAllText(sections);
        var sentenceEnd = text.IndexOf('。', StringComparison.Ordinal);
        Assert.True(sentenceEnd > 0);
        File.WriteAllText(sections, text.Insert(sentenceEnd, "，确有其事"));
        Build();
        var afterEdit = Stamps();
        Assert.Equal(Of(firstBuild, "base/"), Of(afterEdit, "base/"));
        Assert.NotEqual(Of(firstBuild, "base-two/"), Of(afterEdit, "base-two/"));

        // A stylesheet changed: every briefing.
        var css = Path.Combine(_root, "templates", "css", "print-zh.css");
        File.AppendAllText(css, "\n/* changed by a test */\n");
        Build();
        var afterTemplate = Stamps();
        Assert.NotEqual(Of(afterEdit, "base/"), Of(afterTemplate, "base/"));
        Assert.NotEqual(Of(afterEdit, "base-two/"), Of(afterTemplate, "base-two/"));

        // An output gone from out/: made again.
        File.Delete(Path.Combine(Out, "base", "base.zh.pdf"));
        Build();
        Assert.True(File.Exists(Path.Combine(Out, "base", "base.zh.pdf")));

        // --force: every briefing, unchanged or not.
        var beforeForce = Stamps();
        var forced = Build("--force");
        Assert.DoesNotContain("Unchanged", forced, StringComparison.Ordinal);
        var afterForce = Stamps();
        Assert.NotEqual(Of(beforeForce, "base/"), Of(afterForce, "base/"));
        Assert.NotEqual(Of(beforeForce, "base-two/"), Of(afterForce, "base-two/"));
    }

    private string Build(params string[] extra)
    {
        var result = Tool.Run(_root, ["build", "data/base", "data/base-two", "--lang", "zh", "--out", Out, .. extra]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return result.Output + result.Error;
    }

    /// <summary>Each published file of the two briefings (the front page is written every time) with its last write time: a file rewritten with the same bytes still counts as made again.</summary>
    private Dictionary<string, DateTime> Stamps() =>
        Ids.SelectMany(id => Directory.EnumerateFiles(Path.Combine(Out, id), "*", SearchOption.AllDirectories))
            .ToDictionary(f => Path.GetRelativePath(Out, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static List<KeyValuePair<string, DateTime>> Of(Dictionary<string, DateTime> stamps, string folder) =>
        stamps.Where(s => s.Key.StartsWith(folder, StringComparison.Ordinal) && !s.Key.Contains("/assets/", StringComparison.Ordinal))
            .OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
}
