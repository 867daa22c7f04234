using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>
/// out/index.html, the site's front page: every briefing whose manifest is in the output folder.
/// build writes it after its briefings, assemble after the shards' briefings, the same way.
/// </summary>
internal static class FrontPage
{
    /// <summary>
    /// Built in a staging folder and moved into place like a briefing's outputs. A briefing whose files
    /// do not match its manifest is left off, with a warning in <paramref name="warnings"/>.
    /// </summary>
    public static void Write(string outputRoot, string templates, HtmlRenderer renderer, FontCatalog fonts, FontSubsetter subsetter, DiagnosticBag warnings)
    {
        using var staging = new StagingFolder(outputRoot, OutputLeftovers.Site);
        var prefix = SiteAsset.Folder + "/";
        var (links, sheets) = SiteAssets.Links(templates, prefix);
        var page = renderer.RenderSite(SiteView.From(Manifest.ReadAll(outputRoot, warnings)), links);
        subsetter.Ensure(SiteAssets.Subsets(fonts, page));
        var (html, assets) = SiteAssets.Finish(page, sheets, fonts, subsetter, "", prefix);
        // Its assets before the page, as a briefing's (see BuildPipeline).
        SharedAssets.Write(outputRoot, assets);
        staging.Write("index.html", html);
        staging.PublishInto(["index.html"]);
    }
}
