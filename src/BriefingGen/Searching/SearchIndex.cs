using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Model;
using BriefingGen.Publishing;

namespace BriefingGen.Searching;

/// <summary>
/// out/pagefind/: the search index of every briefing page the front page lists, with the script of
/// the front page's search box. Written in a staging folder and swapped with the old one in one step,
/// so that a build that is interrupted or fails never leaves half an index.
/// </summary>
internal static partial class SearchIndex
{
    /// <summary>The index's folder in the output folder, beside the briefings.</summary>
    public const string Folder = Model.SiteFolders.Search;

    /// <summary>The search box's script, from templates/search/, published in the index's folder.</summary>
    public const string Script = "briefing-search.js";

    /// <summary>What the index was made from; an index made from the same is left as it is.</summary>
    public const string Stamp = "briefing-search.inputs";

    /// <summary>
    /// Indexes the page of each briefing in <paramref name="briefings"/> that has one; returns false
    /// when the published index was made from the same pages, script and indexer, and is kept.
    /// </summary>
    public static bool Write(string outputRoot, string templates, IReadOnlyList<PublishedBriefing> briefings, Pagefind pagefind)
    {
        var pages = briefings.Where(b => b.Files.Contains(Page)).Select(b => b.Id).Order(StringComparer.Ordinal).ToList();
        var script = File.ReadAllBytes(Path.Combine(templates, "search", Script));
        var inputs = Inputs(outputRoot, pages, script, pagefind);
        var published = Path.Combine(outputRoot, Folder);
        if (IsCurrent(published, inputs, pages.Count > 0))
        {
            return false;
        }

        using var staging = new StagingFolder(outputRoot, Folder);
        // Pagefind needs at least one page; with none there is no index, and the box says search is unavailable.
        if (pages.Count > 0)
        {
            // Only the listed briefings' pages, read where they are published: the front page, the
            // staging folders and anything else in the output folder are not briefings to find.
            pagefind.Index(outputRoot, "{" + string.Join(",", pages) + "}/" + Page, staging.Folder);
        }

        // Pagefind's own interfaces, which the box does not use: not published, so that nothing unused is served.
        foreach (var unused in Directory.EnumerateFiles(staging.Folder, "pagefind-*").Where(f => UnusedInterface().IsMatch(Path.GetFileName(f))))
        {
            staging.Delete(Path.GetFileName(unused));
        }

        staging.Write(Script, script);
        staging.Write(Stamp, inputs);
        staging.Publish();
        return true;
    }

    private const string Page = "index.html";

    [GeneratedRegex(@"^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$")]
    private static partial Regex UnusedInterface();

    private static bool IsCurrent(string published, string inputs, bool hasPages)
    {
        var stamp = Path.Combine(published, Stamp);
        return File.Exists(stamp) && File.ReadAllText(stamp) == inputs
            && (!hasPages || File.Exists(Path.Combine(published, "pagefind.js")));
    }

    /// <summary>One line a page (its id and sha256), then the script's, the indexer's and the tool's sha256.</summary>
    private static string Inputs(string outputRoot, IReadOnlyList<string> pages, byte[] script, Pagefind pagefind)
    {
        var text = new StringBuilder();
        foreach (var id in pages)
        {
            text.Append(id).Append(' ').Append(Manifest.Sha256(Path.Combine(outputRoot, id, Page))).Append('\n');
        }

        text.Append(Script).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(script))).Append('\n');
        // A missing indexer is said when it is needed, by Index.
        var indexer = File.Exists(pagefind.Binary) ? Manifest.Sha256(pagefind.Binary) : "missing";
        text.Append("pagefind ").Append(indexer).Append('\n');
        // The tool, which chooses what Pagefind is asked and what of its output is published.
        text.Append("tool ").Append(Manifest.Sha256(typeof(SearchIndex).Assembly.Location)).Append('\n');
        return text.ToString();
    }
}
