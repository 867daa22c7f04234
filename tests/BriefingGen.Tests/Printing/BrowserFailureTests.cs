using System.Diagnostics;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Printing;

/// <summary>When the browser is missing, crashes or hangs, the build says so, exits 3 and leaves out/ as it was.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class BrowserFailureTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("briefinggen-browser-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task A_browser_that_dies_at_start_is_reported_and_nothing_is_written()
    {
        var output = Path.Combine(_scratch, "out");
        var before = await PreviousOutputAsync(output);
        var dying = Path.Combine(_scratch, "dying-chromium");
        File.WriteAllText(dying, "#!/bin/sh\necho 'simulated crash' >&2\nexit 1\n");
        File.SetUnixFileMode(dying, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync(output, TestPaths.Repository, new PrinterOptions(dying, TimeSpan.FromSeconds(10))));

        Assert.Equal("BG4007", Assert.Single(failure.Diagnostics).Code);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For(failure.Diagnostics));
        Assert.Equal(before, Hashes(output));
    }

    [Fact]
    public async Task A_browser_that_dies_at_start_while_a_child_holds_its_pipe_is_reported_before_the_timeout()
    {
        // The child inherits the DevTools pipe and keeps it open, so the pipe never says the browser died.
        var child = Path.Combine(_scratch, "child.pid");
        var dying = Path.Combine(_scratch, "dying-chromium");
        File.WriteAllText(dying, $"#!/bin/sh\nsleep 300 &\necho $! >> '{child}'\necho 'simulated crash' >&2\nexit 1\n");
        File.SetUnixFileMode(dying, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var timeout = TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        try
        {
            var failure = await Assert.ThrowsAsync<BuildFailedException>(() => ChromiumPrinter.LaunchAsync([_scratch], new PrinterOptions(dying, timeout)));

            Assert.Equal("BG4007", Assert.Single(failure.Diagnostics).Code);
            Assert.True(clock.Elapsed < timeout / 2, $"reported after {clock.Elapsed.TotalSeconds:0} s");
        }
        finally
        {
            Process.Start("kill", File.ReadAllText(child).ReplaceLineEndings(" ")).WaitForExit();
        }
    }

    [Fact]
    public async Task A_print_that_hangs_is_tried_twice_then_reported_and_nothing_is_written()
    {
        var output = Path.Combine(_scratch, "out");
        var before = await PreviousOutputAsync(output);

        // A named pipe that nobody writes to: the stylesheet never finishes loading, so neither does the page.
        var pipe = Path.Combine(output, "never.css");
        Process.Start("mkfifo", pipe).WaitForExit();
        var root = ProjectWithExtraStylesheet("../never.css");
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync(output, root, new PrinterOptions(null, TimeSpan.FromSeconds(3))));

        Assert.Contains(failure.Diagnostics, d => d.Code == "BG4006");
        Assert.Equal(ExitCodes.Environment, ExitCodes.For(failure.Diagnostics));
        Assert.InRange(clock.Elapsed.TotalSeconds, 6, 60);
        File.Delete(pipe);
        Assert.Equal(before, Hashes(output));
    }

    [Fact]
    public async Task A_request_outside_the_output_folder_is_refused_and_fails_the_build()
    {
        var output = Path.Combine(_scratch, "out");
        var before = await PreviousOutputAsync(output);
        var root = ProjectWithExtraStylesheet("https://example.com/tracker.css");

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync(output, root, PrinterOptions.Default));

        Assert.Contains(failure.Diagnostics, d => d.Code == "BG4004" && d.Message.Contains("https://example.com/tracker.css", StringComparison.Ordinal));
        Assert.Equal(before, Hashes(output));
    }

    private async Task<Dictionary<string, string>> PreviousOutputAsync(string output)
    {
        await BuildAsync(output, TestPaths.Repository, PrinterOptions.Default, [Edition.Chinese]);
        return Hashes(output);
    }

    private static async Task BuildAsync(string output, string root, PrinterOptions printer, IReadOnlyList<Edition>? editions = null)
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([TestPaths.Jinan], diagnostics)!;
        // Forced: the build after the previous output has the same inputs, and would otherwise keep it without printing.
        var options = new BuildOptions(output, editions ?? [Edition.Chinese], Pdf: true, Html: true) { Printer = printer, Force = true };
        await new BuildPipeline(new ProjectPaths(root), _ => { }).BuildAsync(briefings, options);
    }

    /// <summary>A copy of the project whose head partial links one more stylesheet.</summary>
    private string ProjectWithExtraStylesheet(string href)
    {
        var root = TestProject.WithOwnTemplates(Path.Combine(_scratch, "project"));
        File.AppendAllText(Path.Combine(root, "templates", "partials", "head.sbn"), $"<link rel=\"stylesheet\" href=\"{href}\">\n");
        return root;
    }

    // The named pipe is the test's own, not an output.
    private static Dictionary<string, string> Hashes(string folder) =>
        TestProject.Hashes(folder, file => !file.EndsWith("never.css", StringComparison.Ordinal));
}
