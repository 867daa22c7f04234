using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Printing;

/// <summary>Builds every briefing under data/ once, with real Chromium and the real fonts, for the tests that must hold for all of them.</summary>
public sealed class DataBuild : IAsyncLifetime
{
    public string OutputRoot { get; } = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public static IReadOnlyList<string> Ids { get; } = TestPaths.DataBriefings;

    /// <summary>Every briefing with each edition that sets Chinese running text: zh and zh-en.</summary>
    public static TheoryData<string, string> ChineseEditions() => EachWith("zh", "zh-en");

    /// <summary>Every briefing with each edition that sets English running text: en and zh-en.</summary>
    public static TheoryData<string, string> EnglishEditions() => EachWith("en", "zh-en");

    private static TheoryData<string, string> EachWith(params string[] editions)
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Ids)
        {
            foreach (var edition in editions)
            {
                data.Add(id, edition);
            }
        }

        return data;
    }

    public byte[] Pdf(string id, string edition) => File.ReadAllBytes(Path.Combine(OutputRoot, id, $"{id}.{edition}.pdf"));

    public async Task InitializeAsync()
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll(Ids.Select(id => Path.Combine(TestPaths.Data, id)), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(OutputRoot, Edition.Printed, Pdf: true, Html: true) { Printer = PrinterOptions.Default };
        await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputRoot, recursive: true);
        return Task.CompletedTask;
    }
}
