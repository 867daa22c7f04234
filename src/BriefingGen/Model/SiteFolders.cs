namespace BriefingGen.Model;

/// <summary>
/// The folders the site itself keeps beside the briefings' out/&lt;id&gt;/: no briefing may take
/// their names, and neither a full build nor assemble treats them as a briefing's output.
/// </summary>
internal static class SiteFolders
{
    /// <summary>The whole site's stylesheets and fonts, each named by its content (Publishing.SiteAsset).</summary>
    public const string Assets = "assets";

    /// <summary>The series pages, out/series/&lt;slug&gt;.html.</summary>
    public const string Series = "series";

    /// <summary>The search index, out/pagefind/ (Searching.SearchIndex).</summary>
    public const string Search = "pagefind";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Assets, Series, Search };
}
