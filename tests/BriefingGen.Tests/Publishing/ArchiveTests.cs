using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingGen.Model;

namespace BriefingGen.Tests.Publishing;

/// <summary>The front page and the series pages list the briefings by year and series, newest first, each with what a reader needs.</summary>
public sealed class ArchiveTests(ArchiveSite site) : IClassFixture<ArchiveSite>
{
    [Fact]
    public void The_front_page_groups_the_briefings_by_year_then_series_newest_first()
    {
        var page = Parse(Path.Combine(site.OutputRoot, "index.html"));

        var shown = page.QuerySelectorAll("section.archive-year").Select(year => (
            Year: year.QuerySelector("h2")!.TextContent,
            Series: year.QuerySelectorAll("h3.archive-series").Select(series => (
                Name: series.TextContent,
                Ids: IdsListedIn(series.NextElementSibling!))).ToList())).ToList();

        var expected = Newest(site.Briefings).GroupBy(b => b.Date.Year).Select(year => (
            Year: $"{year.Key}年 {year.Key}",
            Series: year.GroupBy(b => (b.Series.Zh, b.Series.En)).Select(series => (
                Name: $"{series.Key.Zh} {series.Key.En}",
                Ids: series.Select(b => b.Id).ToList())).ToList())).ToList();
        Assert.True(expected.Count >= 3 && expected.Any(y => y.Series.Count >= 2), "The fixture should have several years, and a year with two series.");
        Assert.Equal(expected.Count, shown.Count);
        foreach (var (want, got) in expected.Zip(shown))
        {
            Assert.Equal(want.Year, got.Year);
            Assert.Equal(want.Series.Select(s => s.Name), got.Series.Select(s => s.Name));
            Assert.Equal(want.Series.Select(s => s.Ids), got.Series.Select(s => s.Ids));
        }
    }

    [Fact]
    public void Each_entry_shows_its_titles_summary_date_series_issue_and_links_in_both_languages()
    {
        var page = Parse(Path.Combine(site.OutputRoot, "index.html"));

        foreach (var briefing in site.Briefings)
        {
            var view = DataViews.LoadFolder(Path.Combine(site.Data, briefing.Id)).View;
            var entry = EntryOf(page, briefing.Id);
            var meta = entry.QuerySelector(".entry-meta")!;
            Assert.Equal([$"{briefing.Date:yyyy-MM-dd}", $"{briefing.Date:yyyy-MM-dd}"], meta.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
            Assert.Contains($"{briefing.Series.Zh} 第{briefing.Issue}期", meta.TextContent, StringComparison.Ordinal);
            Assert.Contains($"{briefing.Series.En} No. {briefing.Issue}", meta.QuerySelector("[lang=en]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(view.TitleText.Zh, entry.QuerySelector(".entry-title")!.TextContent);
            Assert.Equal(view.TitleText.En, entry.QuerySelector(".entry-title-en[lang=en]")!.TextContent);
            Assert.Equal(
                [DataViews.Plain(view.Description.Zh), DataViews.Plain(view.Description.En)],
                entry.QuerySelectorAll(".entry-summary").Select(p => p.TextContent));
            Assert.Equal("en", entry.QuerySelectorAll(".entry-summary")[1].GetAttribute("lang"));
            var links = entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains($"{briefing.Id}/index.html", links);
            Assert.Contains($"{briefing.Id}/index.html#en", links);
        }
    }

    [Fact]
    public void A_pdf_link_shows_the_size_of_the_published_file()
    {
        var page = Parse(Path.Combine(site.OutputRoot, "index.html"));
        var pdf = new FileInfo(Path.Combine(site.OutputRoot, ArchiveSite.WithPdf, ArchiveSite.PdfOf(ArchiveSite.WithPdf)));

        var link = EntryOf(page, ArchiveSite.WithPdf).QuerySelector($"a[href='{ArchiveSite.WithPdf}/{pdf.Name}']");

        Assert.NotNull(link);
        Assert.Equal(BriefingGen.Localization.FileSize.Format(pdf.Length), link.QuerySelector(".size")!.TextContent);
    }

    [Fact]
    public void Each_series_has_a_page_listing_only_its_briefings_that_the_front_page_links_to()
    {
        var front = Parse(Path.Combine(site.OutputRoot, "index.html"));
        var series = site.Briefings.GroupBy(b => (b.Series.Zh, b.Series.En)).ToList();
        var pages = Directory.GetFiles(Path.Combine(site.OutputRoot, "series"), "*.html");
        Assert.Equal(series.Count, pages.Length);

        foreach (var one in series)
        {
            // The front page's link to the series, found by the series' name as it shows it.
            var link = front.QuerySelectorAll(".series-nav a").Single(a => a.TextContent == $"{one.Key.Zh} {one.Key.En}");
            var href = link.GetAttribute("href")!;
            var file = Path.GetFullPath(Path.Combine(site.OutputRoot, href));
            Assert.StartsWith(Path.Combine(site.OutputRoot, "series") + "/", file, StringComparison.Ordinal);
            Assert.Matches("^series/[a-z0-9-]+\\.html$", href);

            var page = Parse(file);
            Assert.Equal(one.Key.Zh, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(one.Key.En, page.QuerySelector(".masthead h1 + [lang=en]")!.TextContent);
            Assert.Equal(Newest(one).Select(b => "../" + b.Id + "/index.html"), page.QuerySelectorAll(".entry-title a").Select(a => a.GetAttribute("href")));
            // Its assets are the front page's.
            Assert.All(page.QuerySelectorAll("link[rel=stylesheet]"), css => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, css.GetAttribute("href")!))), css.GetAttribute("href")));
        }
    }

    [Fact]
    public void A_hostile_series_name_is_shown_as_text_and_cannot_escape_the_series_folder()
    {
        var hostile = site.Briefings.Single(b => b.Series.En.Contains("<script>", StringComparison.Ordinal));
        var front = Parse(Path.Combine(site.OutputRoot, "index.html"));

        Assert.Contains(front.QuerySelectorAll("h3.archive-series"), h => h.TextContent == $"{hostile.Series.Zh} {hostile.Series.En}");
        // The one script is the site's search box's own, from the search index's folder.
        Assert.Empty(front.QuerySelectorAll("b"));
        Assert.All(front.QuerySelectorAll("script"), script => Assert.StartsWith($"{BriefingGen.Model.SiteFolders.Search}/", script.GetAttribute("src"), StringComparison.Ordinal));
        foreach (var page in Directory.GetFiles(Path.Combine(site.OutputRoot, "series")))
        {
            Assert.Matches("^[a-z0-9-]+\\.html$", Path.GetFileName(page));
            Assert.Empty(Parse(page).QuerySelectorAll("script, b"));
        }
    }

    [Fact]
    public void The_front_page_names_the_feed_in_its_head()
    {
        var front = Parse(Path.Combine(site.OutputRoot, "index.html"));

        var feed = Assert.Single(front.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"));
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, feed.GetAttribute("href")!)));
    }

    private static IEnumerable<Briefing> Newest(IEnumerable<Briefing> briefings) =>
        briefings.OrderByDescending(b => b.Date).ThenByDescending(b => b.Issue).ThenBy(b => b.Id, StringComparer.Ordinal);

    internal static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    private static List<string> IdsListedIn(IElement list) =>
        list.QuerySelectorAll(".entry-title a").Select(a => a.GetAttribute("href")!.Split('/')[0]).ToList();

    private static IElement EntryOf(IDocument page, string id) =>
        page.QuerySelectorAll(".briefing-entry").Single(li => li.QuerySelector(".entry-title a")?.GetAttribute("href") == $"{id}/index.html");
}
