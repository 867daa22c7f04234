using BriefingGen.Publishing;

namespace BriefingGen.Tests.Publishing;

/// <summary>
/// A build killed at any step of publishing: out/&lt;id&gt;/ is whole at every instant (the old output or
/// the new one), and the next build recovers or cleans whatever the killed one left. A kill is
/// simulated by copying the output folder as it stands at each step: that is what a kill leaves.
/// </summary>
public sealed class InterruptedPublishTests : IDisposable
{
    private const string Id = "some-briefing";

    private readonly string _scratch = Directory.CreateTempSubdirectory("briefinggen-publish-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private string Output => Path.Combine(_scratch, "out");

    [Fact]
    public void At_every_step_of_publishing_the_output_is_the_old_one_or_the_new_one_and_the_next_build_cleans_up()
    {
        var old = Publish(Output, "old");
        var fresh = new Dictionary<string, string>();
        var killedAt = new List<string>();

        using (var staging = new StagingFolder(Output, Id) { AfterStep = Killed })
        {
            Fill(staging, "new");
            fresh = TestProject.Hashes(staging.Folder);
            staging.Publish();
        }

        Assert.Equal(fresh, TestProject.Hashes(Path.Combine(Output, Id)));
        Assert.Equal(["staged", "swapped", "cleaned"], killedAt);
        foreach (var step in killedAt)
        {
            var left = Path.Combine(_scratch, $"killed-{step}");
            // The next build starts (and, here, stops before publishing).
            new StagingFolder(left, Id).Dispose();

            Assert.Equal([Id], Directory.GetFileSystemEntries(left).Select(Path.GetFileName));
            Assert.Contains(TestProject.Hashes(Path.Combine(left, Id)), new[] { old, fresh });
        }

        void Killed(string step)
        {
            var output = TestProject.Hashes(Path.Combine(Output, Id));
            Assert.True(output.SequenceEqual(old) || output.SequenceEqual(fresh), $"out/{Id}/ is neither the old output nor the new one after '{step}'");
            Copy(Output, Path.Combine(_scratch, $"killed-{step}"));
            killedAt.Add(step);
        }
    }

    [Fact]
    public void An_output_an_older_build_left_aside_is_moved_back_when_the_output_is_missing()
    {
        var old = Publish(Output, "old");
        // What a kill between the old two renames left: no out/<id>/, and the old output aside.
        Directory.Move(Path.Combine(Output, Id), Path.Combine(Output, $"{Id}.previous-{Guid.NewGuid():N}"));
        File.WriteAllText(Path.Combine(Output, $".{Id}.staging.lock"), "");

        new StagingFolder(Output, Id).Dispose();

        Assert.Equal([Id], Directory.GetFileSystemEntries(Output).Select(Path.GetFileName));
        Assert.Equal(old, TestProject.Hashes(Path.Combine(Output, Id)));
    }

    [Fact]
    public void The_leftovers_of_another_briefings_killed_build_are_cleaned()
    {
        Publish(Output, "old");
        var other = Publish(Output, "other's", "other-briefing");
        // Killed after the exchange: the staging folder holds the old output; the lock file remains.
        Copy(Path.Combine(Output, "other-briefing"), StagingFolder.StagingName(Output, "other-briefing"));
        File.WriteAllText(StagingFolder.StagingName(Output, "other-briefing") + ".lock", "");
        Directory.CreateDirectory(Path.Combine(Output, $"other-briefing.previous-{Guid.NewGuid():N}"));

        new StagingFolder(Output, Id).Dispose();

        Assert.Equal(["other-briefing", Id], Directory.GetFileSystemEntries(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(other, TestProject.Hashes(Path.Combine(Output, "other-briefing")));
    }

    [Fact]
    public void A_build_that_holds_its_lock_is_left_alone()
    {
        Publish(Output, "old");
        using var running = new StagingFolder(Output, "other-briefing");
        Fill(running, "half-written");

        new StagingFolder(Output, Id).Dispose();

        Assert.True(Directory.Exists(running.Folder));
        Assert.True(File.Exists(running.Folder + ".lock"));
    }

    private static Dictionary<string, string> Publish(string output, string content, string id = Id)
    {
        using var staging = new StagingFolder(output, id);
        Fill(staging, content);
        var hashes = TestProject.Hashes(staging.Folder);
        staging.Publish();
        return hashes;
    }

    private static void Fill(StagingFolder staging, string content)
    {
        staging.Write("index.html", $"<p>{content}</p>");
        staging.Write("assets/print.css", $"/* {content} */");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (file.EndsWith(".lock", StringComparison.Ordinal))
            {
                // A killed process's lock is released; its (empty) file stays.
                File.WriteAllText(target, "");
                continue;
            }

            File.Copy(file, target);
        }

        foreach (var folder in Directory.EnumerateDirectories(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }
    }
}
