using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Messages;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>
/// assemble: the site from the shards' outputs. Every briefing is copied into its staging folder and
/// the copy checked against its manifest before any is published: an assemble that fails leaves the
/// output folder as it was. Then the front page is written as build writes it.
/// </summary>
internal sealed class SiteAssembly(ProjectPaths paths, Action<string> progress)
{
    /// <summary>Publishes the shards' briefings and the front page; returns the warnings that do not stop it.</summary>
    public IReadOnlyList<Diagnostic> Assemble(IReadOnlyList<string> shardFolders, string output)
    {
        var started = DateTime.UtcNow;
        var warnings = new DiagnosticBag();
        var outputRoot = OutputFolder.Resolve(output, paths.Root, paths.Templates, [paths.Data]);
        var diagnostics = new DiagnosticBag();
        var briefings = ShardReader.Read(shardFolders, outputRoot, diagnostics);
        // The shards' shared assets, each checked against its name, read once: what is published is what was checked.
        var assets = SharedAssets.ReadShards(briefings.Select(b => Path.GetDirectoryName(b.Folder)!).Distinct(StringComparer.Ordinal), diagnostics)
            .ToDictionary(a => a.Name, StringComparer.Ordinal);
        if (diagnostics.HasErrors)
        {
            // Nothing will be published: the shards' own files are checked where they are, so that
            // every problem is said at once, without touching the output folder.
            foreach (var briefing in briefings)
            {
                ManifestCheck.Check(briefing, briefing.Folder, diagnostics, assets);
            }

            Stop(diagnostics);
        }

        // What the front page needs is loaded first: missing fonts stop the assemble before anything changes.
        var frontPage = briefings.Any(b => b.HasPage);
        var fonts = frontPage ? FontCatalog.Load(paths.Fonts) : null;
        var stagings = new List<StagingFolder>();
        try
        {
            foreach (var briefing in briefings)
            {
                var staging = new StagingFolder(outputRoot, briefing.Id);
                stagings.Add(staging);
                foreach (var file in Directory.EnumerateFiles(briefing.Folder, "*", SearchOption.AllDirectories))
                {
                    // Copied, not linked: a shard's folder edited or downloaded again later must not change the site.
                    staging.Write(Path.GetRelativePath(briefing.Folder, file), File.ReadAllBytes(file));
                }

                // The copy is checked, not the shard's file: what is published is what was checked.
                ManifestCheck.Check(briefing, staging.Folder, diagnostics, assets);
            }

            // Nothing is published while any copy is wrong.
            Stop(diagnostics);
            // The assets before the pages that use them (see SharedAssets).
            SharedAssets.Write(outputRoot, assets.Values);
            foreach (var (briefing, staging) in briefings.Zip(stagings))
            {
                staging.Publish();
                progress(Catalogue.Text("progress.assembled", DisplayPaths.For(Path.Combine(outputRoot, briefing.Id)), DisplayPaths.For(briefing.Folder)));
            }

            // The shards together are the site: a briefing output in none of them is of a briefing gone from data/.
            foreach (var removed in GoneBriefings.Remove(outputRoot, briefings.Select(b => b.Id).ToHashSet(StringComparer.Ordinal), warnings))
            {
                progress(Catalogue.Text("progress.removed-unsharded", DisplayPaths.For(removed)));
            }

            if (fonts is not null)
            {
                FrontPage.Write(outputRoot, paths.Templates, new HtmlRenderer(paths.Templates), fonts, FontSubsetter.For(paths.Root), warnings);
                progress(Catalogue.Text("progress.front-page", DisplayPaths.For(Path.Combine(outputRoot, "index.html")), DisplayPaths.For(outputRoot)));
            }

            // The shards together are the site: what none of its pages uses leaves out/assets/.
            SharedAssets.RemoveUnused(outputRoot, started);
        }
        finally
        {
            foreach (var staging in stagings)
            {
                staging.Dispose();
            }
        }

        return warnings.Sorted().ToList();
    }

    private static void Stop(DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors)
        {
            throw new BuildFailedException(diagnostics.Sorted().ToList());
        }
    }
}
