using System.Diagnostics;

namespace BriefingGen.Tests.Site;

/// <summary>Each built page passes the W3C Nu Html Checker (vnu.jar, from npm) without an error.</summary>
[Collection(BuiltSite.Name)]
public sealed class HtmlValidationTests(SiteFixture site)
{
    private static string Checker => Path.Combine(TestPaths.Repository, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Theory]
    [MemberData(nameof(SiteFixture.Pages), MemberType = typeof(SiteFixture))]
    public async Task The_Nu_Html_Checker_finds_no_error(string pageName)
    {
        var (exitCode, said) = await CheckAsync(site.PathOf(pageName));

        Assert.True(exitCode == 0, $"vnu.jar on {pageName} exited with {exitCode}:\n{said}");
    }

    /// <summary>Runs the checker on one file; its exit code (0: no error) and what it said.</summary>
    internal static async Task<(int ExitCode, string Said)> CheckAsync(string file)
    {
        Assert.True(File.Exists(Checker), $"{Checker} is missing: run 'npm ci' in {TestPaths.Repository}.");
        var start = new ProcessStartInfo("java")
        {
            ArgumentList = { "-jar", Checker, "--errors-only", "--format", "text", file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var checker = StartChecker(start);
        // Read both streams while it runs, so that a long report cannot fill a pipe and stall it.
        var stdout = checker.StandardOutput.ReadToEndAsync();
        var stderr = checker.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await checker.WaitForExitAsync(timeout.Token);
        return (checker.ExitCode, await stderr + await stdout);
    }

    /// <summary>Starts the checker, saying what to install when there is no Java to run it.</summary>
    private static Process StartChecker(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Java (11 or later) runs the Nu Html Checker and could not be started: {e.Message}. On Debian: apt-get install default-jre-headless.", e);
        }
    }
}
