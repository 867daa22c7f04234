using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Publishing;
using BriefingGen.Searching;

namespace BriefingGen.Tests.Searching;

/// <summary>out/pagefind/ is written whole or not at all, kept when nothing it was made from changed, and a missing or failing Pagefind is said plainly.</summary>
// The failing Pagefind is a shell script, as on the machines that build the site.
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SearchIndexTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-search-index-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Output => Path.Combine(_root, "out");

    private static Pagefind Installed => Pagefind.Installed(TestPaths.Repository);

    [Fact]
    public void The_index_holds_the_pages_of_the_briefings_listed_and_the_search_box_script()
    {
        var briefings = Publish("first-briefing", "second-briefing");

        Assert.True(SearchIndex.Write(Output, TestPaths.Templates, briefings, Installed));

        var index = Path.Combine(Output, SearchIndex.Folder);
        Assert.True(File.Exists(Path.Combine(index, "pagefind.js")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Templates, "search", SearchIndex.Script)), File.ReadAllBytes(Path.Combine(index, SearchIndex.Script)));
        Assert.Single(Directory.GetFiles(index, "*.pf_meta"));
        Assert.Empty(Directory.GetFiles(index, "pagefind-ui.*"));
    }

    [Fact]
    public void An_index_made_from_the_same_pages_is_kept_as_it_is()
    {
        var briefings = Publish("first-briefing");
        SearchIndex.Write(Output, TestPaths.Templates, briefings, Installed);
        var stamp = Path.Combine(Output, SearchIndex.Folder, SearchIndex.Stamp);
        var written = File.GetLastWriteTimeUtc(stamp);

        Assert.False(SearchIndex.Write(Output, TestPaths.Templates, briefings, Installed));
        Assert.Equal(written, File.GetLastWriteTimeUtc(stamp));

        // A page that changed is indexed again.
        File.AppendAllText(Path.Combine(Output, "first-briefing", "index.html"), "\n");
        Assert.True(SearchIndex.Write(Output, TestPaths.Templates, briefings, Installed));
    }

    [Fact]
    public void Pagefind_missing_is_an_environment_error_that_says_to_run_npm_ci_in_both_languages()
    {
        var briefings = Publish("first-briefing");
        var missing = new Pagefind(Path.Combine(_root, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended"));

        var error = Assert.Throws<BuildFailedException>(() => SearchIndex.Write(Output, TestPaths.Templates, briefings, missing)).Diagnostics.Single();

        Assert.Equal("BG4020", error.Code);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For([error]));
        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains(missing.Binary, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Output, SearchIndex.Folder)));
    }

    [Fact]
    public void Pagefind_failing_is_said_with_its_own_message_and_the_previous_index_stays_whole()
    {
        var briefings = Publish("first-briefing");
        SearchIndex.Write(Output, TestPaths.Templates, briefings, Installed);
        var before = Snapshot(Path.Combine(Output, SearchIndex.Folder));
        File.AppendAllText(Path.Combine(Output, "first-briefing", "index.html"), "\n");
        // A Pagefind that writes part of its bundle, then fails as a real one does, with a panic.
        var failing = Path.Combine(_root, "pagefind_extended");
        File.WriteAllText(failing, """
            #!/bin/sh
            while [ "$1" != "--output-path" ]; do shift; done
            echo half > "$2/pagefind.js"
            echo "Error: Pagefind was not able to build an index." >&2
            echo "thread 'main' panicked at pagefind/src/output/mod.rs:424:46:" >&2
            echo "stack backtrace:" >&2
            echo "   0: rust_begin_unwind" >&2
            exit 101
            """);
        File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);

        var error = Assert.Throws<BuildFailedException>(() => SearchIndex.Write(Output, TestPaths.Templates, briefings, new Pagefind(failing))).Diagnostics.Single();

        Assert.Equal("BG4021", error.Code);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For([error]));
        Assert.Contains("Pagefind was not able to build an index.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pagefind was not able to build an index.", error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("rust_begin_unwind", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(Path.Combine(Output, SearchIndex.Folder)));
        Assert.Empty(Directory.GetDirectories(Output, ".*"));
    }

    [Fact]
    public void A_full_build_leaves_the_index_folder_without_calling_it_a_stray_folder()
    {
        var briefings = Publish("first-briefing");
        SearchIndex.Write(Output, TestPaths.Templates, briefings, Installed);
        var warnings = new DiagnosticBag();

        GoneBriefings.Remove(Output, briefings.Select(b => b.Id).ToHashSet(StringComparer.Ordinal), warnings);

        Assert.Empty(warnings.Items);
        Assert.True(Directory.Exists(Path.Combine(Output, SearchIndex.Folder)));
    }

    /// <summary>Briefing folders with a page each, as build publishes them, and their front-page entries.</summary>
    private List<PublishedBriefing> Publish(params string[] ids)
    {
        var briefings = new List<PublishedBriefing>();
        foreach (var id in ids)
        {
            var folder = Directory.CreateDirectory(Path.Combine(Output, id)).FullName;
            File.WriteAllText(Path.Combine(folder, "index.html"), $"""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{id}</title></head>
                <body><main data-pagefind-body><h1>{id} 数字化转型</h1><p>5G基站 base stations</p></main></body></html>
                """);
            File.WriteAllText(Path.Combine(folder, Manifest.FileName), $$"""{"id":"{{id}}"}""");
            briefings.Add(new PublishedBriefing(id, new DateOnly(2025, 1, 8), 1, "政协参阅", "CPPCC Briefing", id, id, ["index.html"]));
        }

        return briefings;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), Manifest.Sha256, StringComparer.Ordinal);
}
