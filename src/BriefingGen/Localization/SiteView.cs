using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>A link to one output of a briefing, with the file's size when the manifest records it.</summary>
internal sealed record LinkView(string Href, Pair Label, string? Size = null);

/// <summary>One briefing in the archive: every text escaped, every link relative to the page that lists it.</summary>
internal sealed record SiteEntryView(
    string Id,
    Pair Series,
    Pair IssueLabel,
    Pair Date,
    string DateIso,
    Pair Title,
    Pair? Summary,
    string Page,
    string PageEn,
    IReadOnlyList<LinkView> Pdfs);

/// <summary>The briefings of one series within a year, newest first, with a link to the series' page.</summary>
internal sealed record SeriesGroupView(Pair Series, string Href, IReadOnlyList<SiteEntryView> Briefings);

/// <summary>One year of the archive: its series, the one with the newest briefing first.</summary>
internal sealed record YearView(int Year, IReadOnlyList<SeriesGroupView> Series);

/// <summary>
/// A page of the archive: the front page (every briefing, by year and series) or one series' page
/// (that series' briefings, by year). Root is the way from the page to the site's top ("" or "../").
/// </summary>
internal sealed record SiteView(
    string Root,
    Pair? Heading,
    IReadOnlyList<YearView> Years,
    IReadOnlyList<SeriesGroupView> AllSeries,
    int Count)
{
    private static readonly (string Suffix, string Zh, string En)[] Editions =
    [
        ("zh", "中文", "Chinese"),
        ("en", "英文", "English"),
        ("zh-en", "双语", "Bilingual"),
    ];

    /// <summary>Newest first: by date, then issue, then id, so that the order is the same on every build.</summary>
    public static IEnumerable<PublishedBriefing> Newest(IEnumerable<PublishedBriefing> briefings) => briefings
        .OrderByDescending(b => b.Date)
        .ThenByDescending(b => b.Issue)
        .ThenBy(b => b.Id, StringComparer.Ordinal);

    /// <summary>The front page: every briefing by year, then series; and a link to each series' page.</summary>
    public static SiteView Front(IReadOnlyList<PublishedBriefing> briefings, IReadOnlyDictionary<(string Zh, string En), string> slugs)
    {
        const string root = "";
        var series = Newest(briefings)
            .GroupBy(b => (b.SeriesZh, b.SeriesEn))
            .Select(g => Group(g.Key, g, slugs, root))
            .ToList();
        return new SiteView(root, null, ByYear(briefings, slugs, root), series, briefings.Count);
    }

    /// <summary>One series' page, out/series/&lt;slug&gt;.html: its briefings by year.</summary>
    public static SiteView Series((string Zh, string En) series, IReadOnlyList<PublishedBriefing> briefings, IReadOnlyDictionary<(string Zh, string En), string> slugs)
    {
        const string root = "../";
        var mine = briefings.Where(b => (b.SeriesZh, b.SeriesEn) == series).ToList();
        return new SiteView(root, Html.Escape(series.Zh, series.En), ByYear(mine, slugs, root), [], mine.Count);
    }

    /// <summary>The address of a series' page, from the page at <paramref name="root"/>.</summary>
    public static string SeriesHref(string slug, string root) => $"{root}{SiteFolders.Series}/{slug}.html";

    private static List<YearView> ByYear(IEnumerable<PublishedBriefing> briefings, IReadOnlyDictionary<(string Zh, string En), string> slugs, string root) =>
        Newest(briefings)
            .GroupBy(b => b.Date.Year)
            .Select(year => new YearView(
                year.Key,
                year.GroupBy(b => (b.SeriesZh, b.SeriesEn)).Select(g => Group(g.Key, g, slugs, root)).ToList()))
            .ToList();

    // The groups keep the order of their first (newest) briefing, as GroupBy does.
    private static SeriesGroupView Group((string Zh, string En) series, IEnumerable<PublishedBriefing> briefings, IReadOnlyDictionary<(string Zh, string En), string> slugs, string root) =>
        new(Html.Escape(series.Zh, series.En), SeriesHref(slugs[series], root), briefings.Select(b => Entry(b, root)).ToList());

    private static SiteEntryView Entry(PublishedBriefing b, string root)
    {
        var id = Uri.EscapeDataString(b.Id);
        var page = $"{root}{id}/index.html";
        return new SiteEntryView(
            Html.Escape(b.Id),
            Html.Escape(b.SeriesZh, b.SeriesEn),
            new Pair($"第{b.Issue}期", $"No. {b.Issue.ToString(CultureInfo.InvariantCulture)}"),
            new Pair(DateFormat.Zh(b.Date), DateFormat.En(b.Date)),
            b.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Html.Escape(b.TitleZh, b.TitleEn),
            b.Summary is { } summary ? Html.Escape(summary.Zh, summary.En) : null,
            page,
            page + "#en",
            Editions
                .Where(e => b.Files.Contains($"{b.Id}.{e.Suffix}.pdf"))
                .Select(e => (e, File: $"{b.Id}.{e.Suffix}.pdf"))
                .Select(p => new LinkView(
                    $"{root}{id}/{Uri.EscapeDataString(p.File)}",
                    new Pair(p.e.Zh, p.e.En),
                    b.Sizes.TryGetValue(p.File, out var bytes) ? FileSize.Format(bytes) : null))
                .ToList());
    }
}
