using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using BriefingGen.Publishing;
using BriefingGen.Rendering;
using BriefingGen.Searching;

namespace BriefingGen.Cli;

/// <summary>
/// The site's own pages, from every briefing whose manifest is in the output folder: out/index.html
/// (the archive by year and series), out/series/&lt;slug&gt;.html (a page per series) and out/feed.xml
/// (the Atom feed). build writes them after its briefings, assemble after the shards' briefings, the same way.
/// </summary>
internal static class FrontPage
{
    /// <summary>
    /// Built in a staging folder and moved into place like a briefing's outputs; series/ is replaced
    /// whole, so that a series no briefing has any more leaves the site. A briefing whose files do
    /// not match its manifest is left off, with a warning in <paramref name="warnings"/>. The search
    /// index of the briefings it lists is published first, so that its search box always finds one.
    /// </summary>
    public static void Write(string outputRoot, string templates, HtmlRenderer renderer, FontCatalog fonts, FontSubsetter subsetter, DiagnosticBag warnings, Pagefind? pagefind = null)
    {
        var briefings = Manifest.ReadAll(outputRoot, warnings);
        // The indexer npm ci installed beside the templates, in the repository the tool runs in.
        SearchIndex.Write(outputRoot, templates, briefings, pagefind ?? Pagefind.Installed(Path.GetDirectoryName(Path.GetFullPath(templates))!));
        using var staging = new StagingFolder(outputRoot, OutputLeftovers.Site);
        var series = briefings.Select(b => (b.SeriesZh, b.SeriesEn)).Distinct().ToList();
        var slugs = SeriesSlugs.For(series);

        var prefix = SiteAsset.Folder + "/";
        var (links, sheets) = SiteAssets.Links(templates, prefix);
        var (seriesLinks, _) = SiteAssets.Links(templates, "../" + prefix);
        var front = renderer.RenderSite(SiteView.Front(briefings, slugs), links);
        var pages = series.Select(s => (Slug: slugs[s], Html: renderer.RenderSeries(SiteView.Series(s, briefings, slugs), seriesLinks))).ToList();

        // The series pages use the front page's fonts.css, cut to the characters of all of them: the
        // assets a full build keeps are those the manifests list and the front page links.
        var text = string.Concat(pages.Select(p => p.Html).Prepend(front));
        subsetter.Ensure(SiteAssets.Subsets(fonts, text));
        var (fontsCss, assets) = SiteAssets.Fonts(text, sheets, fonts, subsetter, "");
        // Its assets before the pages, as a briefing's (see BuildPipeline).
        SharedAssets.Write(outputRoot, assets);
        staging.Write("index.html", SiteAssets.Linked(front, prefix, fontsCss));
        staging.Write(AtomFeed.FileName, AtomFeed.Write(briefings, slugs));
        // Made even when there is no series: published, it replaces a series/ of briefings now gone.
        Directory.CreateDirectory(Path.Combine(staging.Folder, SiteFolders.Series));
        foreach (var (slug, page) in pages)
        {
            staging.Write(Path.Combine(SiteFolders.Series, slug + ".html"), SiteAssets.Linked(page, "../" + prefix, fontsCss));
        }

        // The pages the front page links to are in place before it.
        staging.PublishInto([SiteFolders.Series, AtomFeed.FileName, "index.html"]);
    }
}
