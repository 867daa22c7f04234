using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Publishing;
using BriefingGen.Rendering;
using BriefingGen.Searching;

namespace BriefingGen.Cli;

/// <summary>
/// out/index.html, the site's front page: every briefing whose manifest is in the output folder.
/// build writes it after its briefings, assemble after the shards' briefings, the same way.
/// </summary>
internal static class FrontPage
{
    /// <summary>
    /// Built in a staging folder and moved into place like a briefing's outputs. A briefing whose files
    /// do not match its manifest is left off, with a warning in <paramref name="warnings"/>. The search
    /// index of the briefings it lists is published first, so that its search box always finds one.
    /// </summary>
    public static void Write(string outputRoot, string templates, HtmlRenderer renderer, FontCatalog fonts, DiagnosticBag warnings, Pagefind? pagefind = null)
    {
        var briefings = Manifest.ReadAll(outputRoot, warnings);
        // The indexer npm ci installed beside the templates, in the repository the tool runs in.
        SearchIndex.Write(outputRoot, templates, briefings, pagefind ?? Pagefind.Installed(Path.GetDirectoryName(Path.GetFullPath(templates))!));
        using var staging = new StagingFolder(outputRoot, OutputLeftovers.Site);
        var html = renderer.RenderSite(SiteView.From(briefings));
        SiteAssets.Write(templates, staging, fonts, [html], "");
        staging.Write("index.html", html);
        staging.PublishInto(["index.html", "assets"]);
    }
}
