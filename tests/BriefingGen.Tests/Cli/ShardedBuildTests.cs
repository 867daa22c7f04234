using System.Text;
using ApprovalTests;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// build --shard k/n makes a share of the briefings that does not depend on which others exist, and
/// assemble puts the shards' outputs together into the very site one build makes. The tool runs as a
/// process, as CI runs it, on copies of the corpus's base briefing (the intranet pages only: what a
/// shard prints is what a build prints, which the PDF tests cover).
/// </summary>
public sealed class ShardedBuildTests : IDisposable
{
    private static readonly string[] Ids = ["base", "base-two", "base-three", "base-four"];

    private static readonly string[] TwoShards = ["1/2", "2/2"];

    private static readonly string[] TwoShardFolders = ["shards/1", "shards/2"];

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-shard-").FullName;

    public ShardedBuildTests()
    {
        Tool.Project(_root);
        // Only the base briefing and its copies: the Jinan briefing that Tool.Project brings is not needed.
        Directory.Delete(Path.Combine(_root, "data", "jinan-digital-city"), recursive: true);
        var first = TestProject.WithBaseData(_root);
        foreach (var id in Ids.Skip(1))
        {
            Copy(first, id);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Two_shards_and_assemble_make_the_same_site_byte_for_byte_as_one_build()
    {
        var shards = new[] { Shard("1/2", "shards/1"), Shard("2/2", "shards/2") };
        Run("build", "--format", "html", "--out", "plain");

        // Each briefing in exactly one shard, and no shard writes the front page, which lists them all;
        // each carries the shared assets its briefings use.
        Assert.All(shards, s => Assert.NotEmpty(s));
        Assert.Equal(Ids.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        Assert.All(TwoShardFolders, folder =>
        {
            Assert.False(File.Exists(Path.Combine(_root, folder, "index.html")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(_root, folder, "assets"), "screen.*.css"));
        });

        var assembled = Run("assemble", "shards/1", "shards/2", "--out", "site");

        Assert.Contains("index.html", assembled, StringComparison.Ordinal);
        Assert.Equal(TestProject.Hashes(Path.Combine(_root, "plain")), TestProject.Hashes(Path.Combine(_root, "site")));
    }

    [Fact]
    public void A_briefing_keeps_its_shard_when_briefings_are_added_before_it()
    {
        var before = Shard("1/3", "before");
        // Ids that sort before the others: a share by position in the list would move every briefing.
        Copy(Path.Combine(_root, "data", "base"), "a-first");
        Copy(Path.Combine(_root, "data", "base"), "a-second");

        var after = Shard("1/3", "after");

        Assert.Equal(before, after.Intersect(Ids).ToList());
    }

    [Fact]
    public void A_shard_that_gets_no_briefing_says_so_and_succeeds()
    {
        foreach (var id in Ids.Skip(1))
        {
            Directory.Delete(Path.Combine(_root, "data", id), recursive: true);
        }

        var runs = TwoShards.Select(k => (Shard: k, Run: Tool.Run(_root, ["build", "--shard", k, "--format", "html", "--out", k[..1], "--messages", "en"]))).ToList();

        Assert.All(runs, r => Assert.True(r.Run.ExitCode == 0, r.Run.Output + r.Run.Error));
        var built = Assert.Single(runs, r => Directory.Exists(Path.Combine(_root, r.Shard[..1], "base")));
        var empty = Assert.Single(runs, r => r != built);
        Assert.Contains($"Shard {empty.Shard}: none of the 1 briefings given falls to this share; nothing to build.", empty.Run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(Path.Combine(_root, empty.Shard[..1])) ? Directory.GetFileSystemEntries(Path.Combine(_root, empty.Shard[..1])) : []);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("a/b")]
    [InlineData("3")]
    [InlineData("1/0")]
    public void A_malformed_shard_is_a_usage_error_in_the_users_language(string shard)
    {
        var english = Tool.Run(_root, ["build", "--shard", shard, "--format", "html", "--messages", "en"]);
        var chinese = Tool.Run(_root, ["build", "--shard", shard, "--format", "html", "--messages", "zh"]);

        Assert.Equal(2, english.ExitCode);
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains($"--shard takes K/N, a share K of N shares with 1 <= K <= N (such as 1/3, 2/3 and 3/3), not '{shard}'.", english.Error, StringComparison.Ordinal);
        Assert.Contains($"--shard 应写作 K/N，即 N 份中的第 K 份，且 1 <= K <= N（例如 1/3、2/3、3/3），而不是“{shard}”。", chinese.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")), "the build ran anyway");
    }

    [Fact]
    public void An_assemble_that_finds_damaged_or_conflicting_shards_names_each_problem_and_leaves_the_site_as_it_was()
    {
        var one = Shard("1/2", "shards/1");
        var two = Shard("2/2", "shards/2");
        Run("assemble", "shards/1", "shards/2", "--out", "site");
        var site = TestProject.Hashes(Path.Combine(_root, "site"));

        // One byte changed (same size), one file gone, one file added, a briefing of shard 1 also in a
        // third shard with another manifest, a folder that is no briefing's output, a shard folder that is not there.
        // The assets are the shards' shared ones: a stylesheet whose bytes no longer match its name, and
        // the fonts.css that the first briefing of shard 2 lists, gone from both shards (assemble takes
        // the union of the shards' assets, and the briefings here are copies with the same characters).
        var damaged = Directory.GetFiles(Path.Combine(_root, "shards", "1", "assets"), "base.*.css").Single();
        var bytes = File.ReadAllBytes(damaged);
        bytes[0] ^= 0x20;
        File.WriteAllBytes(damaged, bytes);
        var fontsCss = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(_root, "shards", "2", two[0], "index.html")), "href=\"\\.\\./assets/(fonts\\.[0-9a-f]{12}\\.css)\"").Groups[1].Value;
        File.Delete(Path.Combine(_root, "shards", "2", "assets", fontsCss));
        File.Delete(Path.Combine(_root, "shards", "1", "assets", fontsCss));
        File.WriteAllText(Path.Combine(_root, "shards", "2", two[0], "notes.txt"), "left by hand\n");
        var third = Path.Combine(_root, "shards", "3");
        CopyTree(Path.Combine(_root, "shards", "1", one[^1]), Path.Combine(third, one[^1]));
        var manifest = Path.Combine(third, one[^1], "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"issue\": ", "\"issue\": 1", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(third, "stray"));

        var report = new StringBuilder();
        foreach (var language in new[] { "en", "zh" })
        {
            var run = Tool.Run(_root, ["assemble", "shards/1", "shards/2", "shards/3", "shards/9", "--out", "site", "--messages", language]);
            report.Append("exit code: ").Append(run.ExitCode).Append('\n').Append(run.Error);

            Assert.Equal(site, TestProject.Hashes(Path.Combine(_root, "site")));
        }

        // The ids in each shard follow from their hashes alone, so the report names them as they are.
        Approvals.Verify(report.ToString());
    }

    [Fact]
    public void An_assemble_of_folders_without_briefings_or_into_a_shard_folder_is_refused_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(_root, "shards", "1"));

        var empty = Tool.Run(_root, ["assemble", "shards/1", "--out", "site", "--messages", "en"]);
        var inside = Tool.Run(_root, ["assemble", "shards/1", "--out", "shards", "--messages", "en"]);

        Assert.Equal(1, empty.ExitCode);
        Assert.StartsWith("shards/1: error BG0077: There is no briefing in shards/1", empty.Error, StringComparison.Ordinal);
        Assert.Equal(2, inside.ExitCode);
        Assert.StartsWith("shards/1: error BG0071: The shard folder 'shards/1' is, holds or lies inside the output folder 'shards'", inside.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "site")), "assemble wrote an output");
        Assert.Equal(["1"], Directory.GetFileSystemEntries(Path.Combine(_root, "shards")).Select(Path.GetFileName));
    }

    /// <summary>Builds one shard into <paramref name="output"/>; the ids of the briefings it wrote.</summary>
    private List<string> Shard(string shard, string output)
    {
        Run("build", "--shard", shard, "--format", "html", "--out", output);
        var folder = Path.Combine(_root, output);
        return Directory.Exists(folder)
            // Its briefings: the shared assets/ beside them is no briefing.
            ? Directory.GetDirectories(folder).Select(Path.GetFileName).OfType<string>().Where(name => name != "assets").Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private string Run(params string[] args)
    {
        var result = Tool.Run(_root, [.. args, "--messages", "en"]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return result.Output;
    }

    private void Copy(string briefing, string id)
    {
        var folder = Path.Combine(_root, "data", id);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(briefing))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
