using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Publishing;

/// <summary>
/// The outputs of briefings that are no longer in the data folder, which a build of the whole data
/// folder removes. Only a folder whose manifest parses and names it is a briefing's output: anything
/// else in the output folder is someone's, and is left with a warning.
/// </summary>
internal static class GoneBriefings
{
    /// <summary>Removes out/&lt;id&gt;/ for each briefing output whose id is not in <paramref name="kept"/>; returns the folders removed.</summary>
    public static IReadOnlyList<string> Remove(string outputRoot, IReadOnlySet<string> kept, DiagnosticBag warnings)
    {
        var removed = new List<string>();
        var folders = Directory.EnumerateDirectories(outputRoot)
            .Where(folder => Path.GetFileName(folder) is var name && !name.StartsWith('.') && name != SiteAssetsFolder && name != Searching.SearchIndex.Folder && !kept.Contains(name))
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var id = Path.GetFileName(folder);
            if (!IsOutputOf(folder, id))
            {
                warnings.Add(Warnings.NotABriefingOutput(new SourceLocation(DisplayPaths.For(folder), 1, 1), DisplayPaths.For(folder)));
                continue;
            }

            // Under the briefing's lock, as a build of it would be: moved to its staging name in one step
            // (which the next build deletes if this one is killed), then deleted.
            var staging = StagingFolder.StagingName(outputRoot, id);
            using var taken = OutputLeftovers.Lock(staging + ".lock", folder);
            if (taken is null)
            {
                // A build of it is running now (another data folder's?): it is that build's to publish.
                continue;
            }

            OutputLeftovers.Delete(staging);
            OutputWrites.Guard(folder, () => Directory.Move(folder, staging));
            OutputLeftovers.Delete(staging);
            removed.Add(folder);
        }

        return removed;
    }

    /// <summary>The front page's own folder beside the briefings (see OutputLeftovers.Site).</summary>
    private const string SiteAssetsFolder = "assets";

    /// <summary>Whether the folder holds a manifest that parses and is of the briefing the folder is named after.</summary>
    private static bool IsOutputOf(string folder, string id)
    {
        try
        {
            return Manifest.Parse(File.ReadAllText(Path.Combine(folder, Manifest.FileName)))?.Id == id;
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
