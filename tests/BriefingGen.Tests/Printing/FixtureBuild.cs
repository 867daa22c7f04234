using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Printing;

/// <summary>Builds a fixture briefing of Printing/Fixtures once, with real Chromium, for the tests that read its PDFs.</summary>
public abstract class FixtureBuild(string fixture) : IAsyncLifetime
{
    public string Data => TestPaths.Fixture(fixture);

    public string OutputRoot { get; } = Directory.CreateTempSubdirectory($"briefinggen-{fixture}-").FullName;

    public string Folder => Path.Combine(OutputRoot, fixture);

    /// <summary>The briefing as loaded, for the expected values: they come from the data.</summary>
    internal Briefing Briefing { get; private set; } = null!;

    /// <summary>Why the build failed, or null when it succeeded.</summary>
    internal BuildFailedException? Failure { get; private set; }

    public byte[] Pdf(string edition) => File.ReadAllBytes(Path.Combine(Folder, $"{fixture}.{edition}.pdf"));

    public async Task InitializeAsync()
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([Data], diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        Briefing = briefings[0];
        try
        {
            await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { })
                .BuildAsync(briefings, new BuildOptions(OutputRoot, Edition.Printed, Pdf: true, Html: true));
        }
        catch (BuildFailedException e)
        {
            Failure = e;
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputRoot, recursive: true);
        return Task.CompletedTask;
    }
}
