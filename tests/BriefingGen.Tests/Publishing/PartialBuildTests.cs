using System.Text.Json;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Publishing;

/// <summary>A build of one format or one language leaves the other outputs published, and the manifest says what is there.</summary>
public sealed class PartialBuildTests : IDisposable
{
    private const string Id = "jinan-digital-city";

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "briefinggen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Building_one_language_then_html_only_keeps_every_pdf_already_published_and_lists_it()
    {
        var output = Path.Combine(_scratch, "out");
        var folder = Path.Combine(output, Id);
        await BuildAsync(output, [Edition.English], pdf: true);
        var english = Edition.English.PdfName(Id);
        var englishHash = Manifest.Sha256(Path.Combine(folder, english));
        var englishInputs = Parse(folder).Inputs;

        await BuildAsync(output, [Edition.Chinese], pdf: true);
        await BuildAsync(output, Edition.Printed, pdf: false);

        var chinese = Edition.Chinese.PdfName(Id);
        var manifest = Parse(folder);
        foreach (var pdf in new[] { english, chinese })
        {
            var entry = Assert.Single(manifest.Files, f => f.Path == pdf);
            Assert.Equal(new FileInfo(Path.Combine(folder, pdf)).Length, entry.Bytes);
            Assert.Equal(Manifest.Sha256(Path.Combine(folder, pdf)), entry.Sha256);
            // Made by another build than the last (HTML only): the entry names the inputs it was made from.
            Assert.NotNull(entry.Inputs);
            Assert.NotEqual(manifest.Inputs, entry.Inputs);
        }

        Assert.Equal(englishHash, Manifest.Sha256(Path.Combine(folder, english)));
        Assert.Equal(englishInputs, manifest.Files.Single(f => f.Path == english).Inputs);
        var frontPage = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains($"{Id}/{english}", frontPage, StringComparison.Ordinal);
        Assert.Contains($"{Id}/{chinese}", frontPage, StringComparison.Ordinal);
        // Each PDF link shows its size, as the manifest records it.
        foreach (var pdf in new[] { english, chinese })
        {
            var size = BriefingGen.Localization.FileSize.Format(manifest.Files.Single(f => f.Path == pdf).Bytes);
            Assert.Matches($"href=\"{Id}/{System.Text.RegularExpressions.Regex.Escape(pdf)}\">PDF [^<]*<span lang=\"en\">[^<]*</span> <span class=\"size\">{System.Text.RegularExpressions.Regex.Escape(size)}</span>", frontPage);
        }
    }

    private static ManifestContent Parse(string folder) =>
        Manifest.Parse(File.ReadAllText(Path.Combine(folder, Manifest.FileName))) ?? throw new JsonException("empty manifest");

    private static async Task BuildAsync(string output, IReadOnlyList<Edition> editions, bool pdf)
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([TestPaths.Jinan], diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(output, editions, Pdf: pdf, Html: true);
        await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
    }
}
