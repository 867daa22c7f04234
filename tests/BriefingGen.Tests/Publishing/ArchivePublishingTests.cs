using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Publishing;

/// <summary>The series pages and the feed are published with the front page, by build and assemble alike, and follow the briefings that are there.</summary>
public sealed class ArchivePublishingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefinggen-tests", "archive-publish-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_series_whose_briefings_are_removed_from_the_data_leaves_the_site_and_the_feed()
    {
        var data = Path.Combine(_root, "data");
        var output = Path.Combine(_root, "out");
        ArchiveSite.MakeData(data);
        await ArchiveSite.BuildAsync(data, output);
        var before = Directory.GetFiles(Path.Combine(output, "series")).Select(Path.GetFileName).ToList();
        var gone = "special-mid-year";
        var goneSeries = BuildPipeline.LoadAll([Path.Combine(data, gone)], new DiagnosticBag())![0].Series;

        Directory.Delete(Path.Combine(data, gone), recursive: true);
        var left = await ArchiveSite.BuildAsync(data, output);

        var after = Directory.GetFiles(Path.Combine(output, "series")).Select(Path.GetFileName).ToList();
        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(left, b => b.Series.En == goneSeries.En);
        var front = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.DoesNotContain(goneSeries.En, front, StringComparison.Ordinal);
        Assert.DoesNotContain($"{gone}/", front, StringComparison.Ordinal);
        var feed = AtomFeedTests.Read(Path.Combine(output, "feed.xml"));
        Assert.Equal(left.Count, feed.Items.Count());
        Assert.DoesNotContain(feed.Items, i => i.Links.Any(l => l.Uri.OriginalString.StartsWith($"{gone}/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_a_site_address_the_feed_links_relative_to_itself()
    {
        var data = Path.Combine(_root, "data");
        var output = Path.Combine(_root, "out");
        ArchiveSite.MakeData(data);

        var briefings = await ArchiveSite.BuildAsync(data, output);

        var feed = AtomFeedTests.Read(Path.Combine(output, "feed.xml"));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && !l.Uri.IsAbsoluteUri && l.Uri.OriginalString == "feed.xml");
        var links = feed.Items.SelectMany(i => i.Links).ToList();
        Assert.All(links, l => Assert.False(l.Uri.IsAbsoluteUri, l.Uri.OriginalString));
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(output, l.Uri.OriginalString.Split('#')[0])), l.Uri.OriginalString));
        Assert.Equal(briefings.Count, feed.Items.Count());
    }

    [Fact]
    public async Task Assemble_publishes_the_same_front_page_series_pages_and_feed_as_a_build()
    {
        var data = Path.Combine(_root, "data");
        var built = Path.Combine(_root, "built");
        var shard = Path.Combine(_root, "shard");
        var assembled = Path.Combine(_root, "assembled");
        ArchiveSite.MakeData(data, siteUrl: "https://intranet.example/");
        await ArchiveSite.BuildAsync(data, built);
        var briefings = BuildPipeline.LoadAll(ArchiveSite.Folders(data), new DiagnosticBag())!;
        var paths = new ProjectPaths(TestPaths.Repository);
        await new BuildPipeline(paths, _ => { }).BuildAsync(briefings, new BuildOptions(shard, Edition.Printed, Pdf: false, Html: true) { FrontPage = false });

        new SiteAssembly(paths, _ => { }).Assemble([shard], assembled);

        var pages = Directory.GetFiles(Path.Combine(built, "series")).Select(f => Path.Combine("series", Path.GetFileName(f)))
            .Append("index.html").Append("feed.xml")
            .ToList();
        Assert.Contains(pages, p => p.StartsWith("series", StringComparison.Ordinal));
        Assert.Equal(pages.Count, 2 + Directory.GetFiles(Path.Combine(assembled, "series")).Length);
        foreach (var page in pages)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(built, page)), File.ReadAllText(Path.Combine(assembled, page)));
        }
    }
}
