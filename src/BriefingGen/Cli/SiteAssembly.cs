using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Messages;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>
/// assemble: the site from the shards' outputs. Every briefing is checked against its manifest, then
/// linked (or copied) into its staging folder, before any is published: an assemble that fails leaves
/// the output folder as it was. Then the front page is written as build writes it.
/// </summary>
internal sealed class SiteAssembly(ProjectPaths paths, Action<string> progress)
{
    public void Assemble(IReadOnlyList<string> shardFolders, string output)
    {
        var outputRoot = OutputFolder.Resolve(output, paths.Root, paths.Templates, [paths.Data]);
        var diagnostics = new DiagnosticBag();
        var briefings = ShardReader.Read(shardFolders, outputRoot, diagnostics);
        foreach (var briefing in briefings)
        {
            ManifestCheck.Check(briefing, diagnostics);
        }

        Stop(diagnostics);

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
                    // Linked where the file system allows, as build links its fonts: no file is rewritten in place.
                    staging.Link(Path.GetRelativePath(briefing.Folder, file), file);
                }
            }

            foreach (var (briefing, staging) in briefings.Zip(stagings))
            {
                staging.Publish();
                progress(Catalogue.Text("progress.assembled", DisplayPaths.For(Path.Combine(outputRoot, briefing.Id)), DisplayPaths.For(briefing.Folder)));
            }

            if (fonts is not null)
            {
                FrontPage.Write(outputRoot, paths.Templates, new HtmlRenderer(paths.Templates), fonts);
                progress(Catalogue.Text("progress.front-page", DisplayPaths.For(Path.Combine(outputRoot, "index.html")), DisplayPaths.For(outputRoot)));
            }
        }
        finally
        {
            foreach (var staging in stagings)
            {
                staging.Dispose();
            }
        }
    }

    private static void Stop(DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors)
        {
            throw new BuildFailedException(diagnostics.Sorted().ToList());
        }
    }
}
