using System.ServiceModel.Syndication;
using System.Xml;

namespace BriefingGen.Tests.Publishing;

/// <summary>out/feed.xml, read by a real feed reader (System.ServiceModel.Syndication), says what the data says.</summary>
public sealed class AtomFeedTests(ArchiveSite site) : IClassFixture<ArchiveSite>
{
    /// <summary>office.yaml's site_url in the fixture, as the office wrote it (without its last /).</summary>
    private const string SiteUrl = "https://intranet.example/briefings";

    [Fact]
    public void A_feed_reader_reads_one_entry_per_briefing_newest_first_with_its_title_summary_and_date()
    {
        var feed = Read(Path.Combine(site.OutputRoot, "feed.xml"));

        var newest = site.Briefings.OrderByDescending(b => b.Date).ThenByDescending(b => b.Issue).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
        var items = feed.Items.ToList();
        Assert.Equal(newest.Count, items.Count);
        foreach (var (briefing, item) in newest.Zip(items))
        {
            var view = DataViews.LoadFolder(Path.Combine(site.Data, briefing.Id)).View;
            Assert.Equal($"{view.TitleText.Zh} | {view.TitleText.En}", item.Title.Text);
            Assert.Equal($"{DataViews.Plain(view.Description.Zh)}\n{DataViews.Plain(view.Description.En)}", item.Summary.Text);
            Assert.Equal(briefing.Date.ToDateTime(TimeOnly.MinValue), item.LastUpdatedTime.UtcDateTime);
            Assert.Equal(new Uri($"{SiteUrl}/{briefing.Id}/index.html"), item.Links.First(l => l.RelationshipType == "alternate").Uri);
            Assert.Contains(item.Categories, c => c.Label == $"{briefing.Series.Zh} {briefing.Series.En}");
            Assert.Contains(briefing.Office.Zh, item.Authors.Single().Name, StringComparison.Ordinal);
        }

        Assert.Equal(newest[0].Date.ToDateTime(TimeOnly.MinValue), feed.LastUpdatedTime.UtcDateTime);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.StartsWith("urn:uuid:", i.Id, StringComparison.Ordinal));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri == new Uri($"{SiteUrl}/feed.xml"));
    }

    [Fact]
    public void A_published_pdf_is_an_enclosure_with_its_type_and_length()
    {
        var feed = Read(Path.Combine(site.OutputRoot, "feed.xml"));
        var pdf = new FileInfo(Path.Combine(site.OutputRoot, ArchiveSite.WithPdf, ArchiveSite.PdfOf(ArchiveSite.WithPdf)));

        var enclosures = feed.Items.SelectMany(i => i.Links).Where(l => l.RelationshipType == "enclosure").ToList();

        var enclosure = Assert.Single(enclosures);
        Assert.Equal(new Uri($"{SiteUrl}/{ArchiveSite.WithPdf}/{pdf.Name}"), enclosure.Uri);
        Assert.Equal("application/pdf", enclosure.MediaType);
        Assert.Equal(pdf.Length, enclosure.Length);
    }

    [Fact]
    public async Task A_briefing_keeps_its_entry_id_when_the_site_moves_to_another_address()
    {
        var first = IdsByBriefing(Read(Path.Combine(site.OutputRoot, "feed.xml")));
        var root = Path.Combine(Path.GetTempPath(), "briefinggen-tests", "feed-" + Guid.NewGuid().ToString("N"));
        try
        {
            ArchiveSite.MakeData(Path.Combine(root, "data"), siteUrl: "http://elsewhere.example/archive/");
            await ArchiveSite.BuildAsync(Path.Combine(root, "data"), Path.Combine(root, "out"));

            var moved = Read(Path.Combine(root, "out", "feed.xml"));
            Assert.StartsWith("http://elsewhere.example/archive/", moved.Items.First().Links.First().Uri.AbsoluteUri, StringComparison.Ordinal);
            Assert.Equal(first, IdsByBriefing(moved));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Each entry's id, by the briefing its page link names (…/&lt;id&gt;/index.html).</summary>
    private static Dictionary<string, string> IdsByBriefing(SyndicationFeed feed) =>
        feed.Items.ToDictionary(i => i.Links.First().Uri.Segments[^2].TrimEnd('/'), i => i.Id);

    internal static SyndicationFeed Read(string file)
    {
        using var reader = XmlReader.Create(file);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{file} is not an Atom 1.0 feed.");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
