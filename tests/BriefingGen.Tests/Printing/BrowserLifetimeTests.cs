using System.Diagnostics;
using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// However the tool ends while it prints (a stop signal, or SIGKILL, which no handler sees), its
/// browser ends with it; and its profile folder is gone, at once or at the next start.
/// </summary>
public sealed class BrowserLifetimeTests : IDisposable
{
    private const string CaseVariable = "BRIEFINGGEN_TEST_CASE";

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-lifetime-").FullName;
    private readonly string _case = Guid.NewGuid().ToString("N");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_stop_signal_while_printing_leaves_no_browser_and_no_profile()
    {
        var (tool, profiles) = await StartPrintingAsync();

        Process.Start("kill", $"-TERM {tool.Id}")!.WaitForExit();
        await tool.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Empty(await SuiteBrowsers.AfterAsync(TimeSpan.FromSeconds(5), CaseVariable, _case));
        Assert.All(profiles, profile => Assert.False(Directory.Exists(profile), $"{profile} is left"));
    }

    [Fact]
    public async Task Killing_the_tool_while_printing_leaves_no_browser_and_the_next_start_removes_its_profile()
    {
        var (tool, profiles) = await StartPrintingAsync();

        tool.Kill();
        await tool.WaitForExitAsync();

        Assert.Empty(await SuiteBrowsers.AfterAsync(TimeSpan.FromSeconds(10), CaseVariable, _case));
        await using (await ChromiumPrinter.LaunchAsync([_root], PrinterOptions.Default))
        {
            Assert.All(profiles, profile => Assert.False(Directory.Exists(profile), $"{profile} is left"));
        }
    }

    /// <summary>Starts 'build' as a process, waits until it prints; returns it and its browser's profile folders.</summary>
    private async Task<(Process Tool, List<string> Profiles)> StartPrintingAsync()
    {
        TestProject.WithJinanData(_root);
        TestProject.WithSharedTemplates(_root);
        File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(_root, "package.json"));
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "BriefingGen.dll")}\" build --out out --messages en")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[CaseVariable] = _case;
        var tool = Process.Start(start)!;
        _ = tool.StandardError.ReadToEndAsync();

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await tool.StandardOutput.ReadLineAsync(patience.Token) is { } line && !line.StartsWith("Printing", StringComparison.Ordinal))
        {
        }

        _ = tool.StandardOutput.ReadToEndAsync();
        var browsers = SuiteBrowsers.Alive(CaseVariable, _case);
        Assert.NotEmpty(browsers);
        var profiles = browsers
            .SelectMany(b => b.Command.Split(' '))
            .Where(arg => arg.StartsWith("--user-data-dir=", StringComparison.Ordinal))
            .Select(arg => arg["--user-data-dir=".Length..])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(profiles);
        return (tool, profiles);
    }
}
