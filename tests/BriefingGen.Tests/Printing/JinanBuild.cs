using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Printing;

/// <summary>Builds the Jinan briefing once, with real Chromium and the real fonts, for the tests that read its PDFs.</summary>
public sealed class JinanBuild : IAsyncLifetime
{
    public string OutputRoot { get; } = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(OutputRoot, "jinan-digital-city");

    public byte[] Pdf(string edition) => File.ReadAllBytes(Path.Combine(Folder, $"jinan-digital-city.{edition}.pdf"));

    public async Task InitializeAsync() => await BuildAsync(OutputRoot);

    public Task DisposeAsync()
    {
        Directory.Delete(OutputRoot, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The same build the CLI runs, into <paramref name="outputRoot"/>.</summary>
    internal static async Task BuildAsync(string outputRoot, ProjectPaths? paths = null, PrinterOptions? printer = null)
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([TestPaths.Jinan], diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(outputRoot, Edition.Printed, Pdf: true, Html: true) { Printer = printer ?? PrinterOptions.Default };
        await new BuildPipeline(paths ?? new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
    }
}
