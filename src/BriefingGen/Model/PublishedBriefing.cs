namespace BriefingGen.Model;

/// <summary>A briefing as its manifest in out/ describes it: enough to list it on the site's front page.</summary>
internal sealed record PublishedBriefing(
    string Id,
    DateOnly Date,
    int Issue,
    string SeriesZh,
    string SeriesEn,
    string TitleZh,
    string TitleEn,
    IReadOnlyList<string> Files)
{
    /// <summary>Each listed file's size in bytes, as the manifest records it (the front page shows the PDFs').</summary>
    public IReadOnlyDictionary<string, long> Sizes { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>The summary as plain text, Chinese and English; null in manifests written before the archive listed it.</summary>
    public (string Zh, string En)? Summary { get; init; }

    /// <summary>The issuing office's name, Chinese and English, the feed's author; null in older manifests.</summary>
    public (string Zh, string En)? Office { get; init; }

    /// <summary>The site's address (office.yaml's site_url, ending in /), for the feed's absolute links; null without one.</summary>
    public string? SiteUrl { get; init; }
}
