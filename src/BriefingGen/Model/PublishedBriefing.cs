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
    IReadOnlyList<string> Files);
