using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Finishing;

/// <summary>Builds the Jinan briefing once with its press files, with real Chromium, for the tests that read the finished PDFs.</summary>
public sealed class JinanPressBuild : IAsyncLifetime
{
    public string OutputRoot { get; } = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public string PathOf(string file) => Path.Combine(OutputRoot, "jinan-digital-city", $"jinan-digital-city.{file}");

    public async Task InitializeAsync()
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([TestPaths.Jinan], diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(OutputRoot, Edition.Printed, Pdf: true, Html: false) { Press = true };
        await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputRoot, recursive: true);
        return Task.CompletedTask;
    }
}
