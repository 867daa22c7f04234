using System.Diagnostics;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Publishing;

/// <summary>
/// An output folder that cannot be written is named with the true reason and exit 3. Tests run as
/// root, where chmod stops nothing: a read-only and a full file system are real tmpfs mounts; where
/// mounting is not allowed, the same errno reaches the same mapping through an IOException.
/// </summary>
public sealed class UnwritableOutputTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("briefinggen-unwritable-").FullName;
    private readonly List<string> _mounts = [];

    public void Dispose()
    {
        foreach (var mount in _mounts)
        {
            Run("umount", mount);
        }

        Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public void A_read_only_output_folder_is_named_as_read_only_not_as_busy()
    {
        var output = Path.Combine(_scratch, "read-only");
        Directory.CreateDirectory(output);

        var error = Mount(output, "ro,size=1m")
            ? Assert.Single(Assert.Throws<BuildFailedException>(() => new StagingFolder(output, "jinan-digital-city")).Diagnostics)
            : OutputWrites.Failure(output, new IOException("Read-only file system", 30));

        Assert.Equal("BG4031", error.Code);
        Assert.Contains(output, error.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Contains("只读", error.MessageZh, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For([error]));
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_is_named()
    {
        var blocked = Path.Combine(_scratch, "a-file");
        File.WriteAllText(blocked, "");

        var failure = Assert.Throws<BuildFailedException>(() => new StagingFolder(Path.Combine(blocked, "out"), "jinan-digital-city"));

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG4033", error.Code);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For([error]));
    }

    [Fact]
    public async Task A_full_disk_is_named_with_the_path_and_the_previous_output_stays()
    {
        var output = Path.Combine(_scratch, "small-disk");
        Directory.CreateDirectory(output);
        // Smaller than the page and its assets (its fonts are subset, some hundreds of kilobytes).
        if (!Mount(output, "size=256k"))
        {
            var error = OutputWrites.Failure(Path.Combine(output, "x"), new IOException("No space left on device", 28));
            Assert.Equal("BG4030", error.Code);
            return;
        }

        using (var previous = new StagingFolder(output, "jinan-digital-city"))
        {
            previous.Write("index.html", "<p>the previous output</p>");
            previous.Publish();
        }

        var before = TestProject.Hashes(output);
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([TestPaths.Jinan], diagnostics)!;
        // HTML only: the page's assets are written onto the small disk.
        var options = new BuildOptions(output, [Edition.Chinese], Pdf: false, Html: true);

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options));

        var full = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG4030", full.Code);
        Assert.StartsWith(output, full.Location.File, StringComparison.Ordinal);
        Assert.Contains("full", full.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For(failure.Diagnostics));
        Assert.Equal(before, TestProject.Hashes(output));
    }

    private bool Mount(string folder, string options)
    {
        if (Run("mount", $"-t tmpfs -o {options} tmpfs {folder}") != 0)
        {
            return false;
        }

        _mounts.Add(folder);
        return true;
    }

    private static int Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
