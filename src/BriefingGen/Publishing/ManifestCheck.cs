using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Publishing;

/// <summary>
/// Whether a copy of a briefing's output holds exactly the files its manifest lists, each of its size
/// and sha256: what assemble publishes is then what the shard's build wrote, byte for byte.
/// </summary>
internal static class ManifestCheck
{
    /// <summary>
    /// Checks the copy in <paramref name="folder"/>, and the shared assets the manifest lists (../assets/…)
    /// against <paramref name="assets"/>, the shards' assets by name; problems are reported at the shard's
    /// own files, which the user can look at.
    /// </summary>
    public static void Check(ShardBriefing briefing, string folder, DiagnosticBag diagnostics, IReadOnlyDictionary<string, SiteAsset> assets)
    {
        var shared = $"../{SiteAsset.Folder}/";
        var place = ManifestLines.Of(DisplayPaths.For(briefing.ManifestFile), briefing.ManifestText);
        var present = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != Manifest.FileName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in briefing.Content.Files)
        {
            var shown = DisplayPaths.For(Path.GetFullPath(Path.Combine(briefing.Folder, entry.Path)));
            if (entry.Path.StartsWith(shared, StringComparison.Ordinal))
            {
                if (!assets.TryGetValue(entry.Path[shared.Length..], out var asset))
                {
                    diagnostics.Add(Errors.ShardFileMissing(place(entry.Path), shown));
                }
                else if (asset.Bytes.Length != entry.Bytes || asset.Sha256 != entry.Sha256)
                {
                    diagnostics.Add(Errors.ShardFileChanged(place(entry.Path), shown, asset.Bytes.Length, entry.Bytes));
                }

                continue;
            }

            if (!present.Remove(entry.Path))
            {
                diagnostics.Add(Errors.ShardFileMissing(place(entry.Path), shown));
                continue;
            }

            var file = Path.Combine(folder, entry.Path);
            var bytes = new FileInfo(file).Length;
            if (bytes != entry.Bytes || Manifest.Sha256(file) != entry.Sha256)
            {
                diagnostics.Add(Errors.ShardFileChanged(place(entry.Path), shown, bytes, entry.Bytes));
            }
        }

        foreach (var extra in present.Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Errors.ShardFileNotInManifest(DisplayPaths.For(Path.Combine(briefing.Folder, extra)), DisplayPaths.For(briefing.ManifestFile)));
        }
    }
}
