using System.Diagnostics;
using BriefingGen.Localization;

namespace BriefingGen.Tests.Watching;

/// <summary>The watch command as a process: it serves, and a stop signal ends it cleanly, browser included.</summary>
public sealed class WatchProcessTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-watch-process-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_stop_signal_ends_watch_with_its_server_and_browser()
    {
        var briefing = TestProject.WithJinanData(_root);
        var title = Html.Escape(DataViews.Plain(DataViews.LoadFolder(briefing).View.TitleText.Zh));
        TestProject.WithSharedTemplates(_root);
        File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(_root, "package.json"));
        var tool = Path.Combine(AppContext.BaseDirectory, "BriefingGen.dll");
        using var watch = Process.Start(new ProcessStartInfo("dotnet", $"\"{tool}\" watch --port 0 --messages en")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

        var serving = await ReadUntilAsync(watch.StandardOutput, "Serving http://127.0.0.1:");
        var address = serving[(serving.IndexOf("http", StringComparison.Ordinal))..].Split(' ')[0];
        using (var http = new HttpClient())
        {
            Assert.Contains(title, await http.GetStringAsync(new Uri(new Uri(address), Path.GetFileName(briefing) + "/")), StringComparison.Ordinal);
        }

        var browsers = Children(watch.Id);
        Assert.NotEmpty(browsers);
        Process.Start("kill", $"-TERM {watch.Id}")!.WaitForExit();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await watch.WaitForExitAsync(patience.Token);

        Assert.Equal(0, watch.ExitCode);
        Assert.All(browsers, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"the browser {pid} outlived watch"));
    }

    /// <summary>The processes watch started: its browser.</summary>
    private static List<int> Children(int pid)
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", $"-P {pid}") { RedirectStandardOutput = true })!;
        var output = pgrep.StandardOutput.ReadToEnd();
        pgrep.WaitForExit();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
    }

    private static async Task<string> ReadUntilAsync(StreamReader output, string start)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await output.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException("watch ended before it served");
    }
}
