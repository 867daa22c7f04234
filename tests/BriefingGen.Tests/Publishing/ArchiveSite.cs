using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Publishing;

/// <summary>
/// A data folder of copies of data/'s briefings with other dates, issues and series (one of them
/// hostile), built as HTML with a PDF carried into one briefing, so that the archive has years,
/// series and sizes to show. Every expectation is taken from the loaded copies, never typed in.
/// </summary>
public sealed partial class ArchiveSite : IAsyncLifetime
{
    /// <summary>A series name that tries to escape from the page and from the series folder.</summary>
    public const string HostileSeries = "{zh: '<b>专报</b> & \"引号\"', en: \"../../<script>alert(1)</script> & 'co'\"}";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefinggen-tests", "archive-" + Guid.NewGuid().ToString("N"));

    public string Data => Path.Combine(_root, "data");

    public string OutputRoot => Path.Combine(_root, "out");

    /// <summary>The briefings as loaded from the copies: what the archive must show.</summary>
    internal IReadOnlyList<Briefing> Briefings { get; private set; } = [];

    /// <summary>The id of the briefing given a carried-over PDF, and that PDF's name.</summary>
    public const string WithPdf = "jinan-digital-city";

    public static string PdfOf(string id) => $"{id}.zh.pdf";

    public async Task InitializeAsync()
    {
        MakeData(Data, siteUrl: "https://intranet.example/briefings");
        // A Chinese PDF made by an earlier build, which this HTML-only build carries over and lists.
        Directory.CreateDirectory(Path.Combine(OutputRoot, WithPdf));
        File.WriteAllBytes(Path.Combine(OutputRoot, WithPdf, PdfOf(WithPdf)), new byte[12_345]);
        Briefings = await BuildAsync(Data, OutputRoot);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// data/'s office and briefings, and copies of Jinan's: one the same day with a later issue, one
    /// in a series of its own in mid-year, and one of the year before in a hostile series.
    /// </summary>
    internal static void MakeData(string data, string? siteUrl = null)
    {
        Directory.CreateDirectory(data);
        var office = File.ReadAllText(Path.Combine(TestPaths.Data, "office.yaml"));
        if (siteUrl is not null)
        {
            office = office.Replace("\noffice:\n", $"\noffice:\n  site_url: {siteUrl}\n", StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(data, "office.yaml"), office);
        foreach (var id in TestPaths.DataBriefings)
        {
            Copy(id, id, data, null, null, null);
        }

        Copy("jinan-digital-city", "jinan-same-day", data, null, 5, null);
        Copy("jinan-digital-city", "special-mid-year", data, "{zh: 政协专报, en: CPPCC Special Report}", 1, "2025-06-30");
        Copy("jinan-digital-city", "hostile-year-before", data, HostileSeries, 9, "2024-12-31");
    }

    /// <summary>Copies data/&lt;from&gt;/'s YAML as &lt;id&gt;/, with the series, issue and date changed where given.</summary>
    internal static void Copy(string from, string id, string data, string? series, int? issue, string? date)
    {
        var folder = Path.Combine(data, id);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Data, from), "*.yaml"))
        {
            var text = File.ReadAllText(file);
            if (Path.GetFileName(file) == "briefing.yaml")
            {
                text = issue is null ? text : Issue().Replace(text, $"  issue: {issue}");
                text = date is null ? text : Date().Replace(text, $"  date: {date}");
                text = series is null ? text : text.Replace("\nbriefing:\n", $"\nbriefing:\n  series: {series}\n", StringComparison.Ordinal);
            }

            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), text);
        }
    }

    /// <summary>Builds every briefing of <paramref name="data"/> as HTML into <paramref name="output"/>, as a full build does.</summary>
    internal static async Task<IReadOnlyList<Briefing>> BuildAsync(string data, string output)
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll(Folders(data), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(output, Edition.Printed, Pdf: false, Html: true) { RemoveGone = true };
        await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
        return briefings;
    }

    /// <summary>Each briefing folder of <paramref name="data"/>, in order.</summary>
    internal static IReadOnlyList<string> Folders(string data) => Directory.GetDirectories(data).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("^  issue: .*$", RegexOptions.Multiline)]
    private static partial Regex Issue();

    [GeneratedRegex("^  date: .*$", RegexOptions.Multiline)]
    private static partial Regex Date();
}
