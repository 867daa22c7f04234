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
}
