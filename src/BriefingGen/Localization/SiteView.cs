using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>A link to one output of a briefing, with the file's size when the manifest records it.</summary>
internal sealed record LinkView(string Href, Pair Label, string? Size = null);

/// <summary>One briefing on the front page.</summary>
internal sealed record SiteEntryView(string Id, Pair Series, Pair IssueLabel, Pair Date, Pair Title, string Page, IReadOnlyList<LinkView> Pdfs);

/// <summary>The site's front page: every published briefing, newest first.</summary>
internal sealed record SiteView(IReadOnlyList<SiteEntryView> Briefings)
{
    private static readonly (string Suffix, string Zh, string En)[] Editions =
    [
        ("zh", "中文", "Chinese"),
        ("en", "英文", "English"),
        ("zh-en", "双语", "Bilingual"),
    ];

    public static SiteView From(IEnumerable<PublishedBriefing> briefings) => new(
        briefings
            .OrderByDescending(b => b.Date)
            .ThenByDescending(b => b.Issue)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .Select(Entry)
            .ToList());

    private static SiteEntryView Entry(PublishedBriefing b) => new(
        Html.Escape(b.Id),
        Html.Escape(b.SeriesZh, b.SeriesEn),
        new Pair($"第{b.Issue}期", $"No. {b.Issue.ToString(CultureInfo.InvariantCulture)}"),
        new Pair(DateFormat.Zh(b.Date), DateFormat.En(b.Date)),
        Html.Escape(b.TitleZh, b.TitleEn),
        Uri.EscapeDataString(b.Id) + "/index.html",
        Editions
            .Where(e => b.Files.Contains($"{b.Id}.{e.Suffix}.pdf"))
            .Select(e => (e, File: $"{b.Id}.{e.Suffix}.pdf"))
            .Select(p => new LinkView(
                $"{Uri.EscapeDataString(b.Id)}/{Uri.EscapeDataString(p.File)}",
                new Pair(p.e.Zh, p.e.En),
                b.Sizes.TryGetValue(p.File, out var bytes) ? FileSize.Format(bytes) : null))
            .ToList());
}
