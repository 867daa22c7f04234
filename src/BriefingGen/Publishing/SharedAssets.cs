using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Publishing;

/// <summary>
/// out/assets/, which every page of the site shares. Each file is named by its content, so it is
/// written straight into place (through a temporary name and a rename) before any page that links
/// it is published: a build killed at any instant leaves every published page with all its assets,
/// and builds, shards and assemble add files without conflict. Only a build of the whole site
/// removes what no page uses any more.
/// </summary>
internal static partial class SharedAssets
{
    /// <summary>
    /// Writes the assets that are not there yet; one that is there is touched, so that a concurrent
    /// clean-up keeps it. A write that fails (a full disk) takes back the files this call made, so
    /// that a failed build leaves out/assets/ as it was.
    /// </summary>
    public static void Write(string outputRoot, IEnumerable<SiteAsset> assets)
    {
        var made = new List<string>();
        try
        {
            foreach (var asset in assets)
            {
                var path = Path.Combine(outputRoot, SiteAsset.Folder, asset.Name);
                var existing = new FileInfo(path);
                if (existing.Exists && existing.Length == asset.Bytes.Length && SiteAsset.NameMatches(asset.Name, File.ReadAllBytes(path)))
                {
                    OutputWrites.Guard(path, () => File.SetLastWriteTimeUtc(path, DateTime.UtcNow));
                    continue;
                }

                var temporary = $"{path}.{Environment.ProcessId}.tmp";
                made.Add(temporary);
                OutputWrites.Guard(path, () =>
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(temporary, asset.Bytes);
                    File.Move(temporary, path, overwrite: true);
                });
                made[^1] = path;
            }
        }
        catch (BuildFailedException)
        {
            foreach (var file in made)
            {
                File.Delete(file);
            }

            throw;
        }
    }

    /// <summary>
    /// The shards' assets, each checked against its name (BG5023 for one whose bytes are not those
    /// its name's hash says); none is written while any is wrong. Returns them, read once.
    /// </summary>
    public static IReadOnlyList<SiteAsset> ReadShards(IEnumerable<string> shardFolders, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, SiteAsset>(StringComparer.Ordinal);
        foreach (var shard in shardFolders)
        {
            var folder = Path.Combine(shard, SiteAsset.Folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                var bytes = File.ReadAllBytes(file);
                if (!SiteAsset.NameMatches(name, bytes))
                {
                    diagnostics.Add(Errors.AssetNotItsName(DisplayPaths.For(file)));
                    continue;
                }

                found.TryAdd(name, new SiteAsset(name, bytes));
            }
        }

        return found.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Removes from out/assets/ every file that no briefing's manifest and not the front page uses,
    /// and that was not written or touched since <paramref name="since"/> (a build running beside this
    /// one may be about to publish a page that uses it). Nothing outside out/assets/ is touched.
    /// </summary>
    public static IReadOnlyList<string> RemoveUnused(string outputRoot, DateTime since)
    {
        var folder = Path.Combine(outputRoot, SiteAsset.Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var used = Used(outputRoot);
        var removed = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (!used.Contains(name) && File.GetLastWriteTimeUtc(file) < since)
            {
                OutputWrites.Guard(file, () => File.Delete(file));
                removed.Add(name);
            }
        }

        foreach (var empty in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(empty).Any())
            {
                OutputWrites.Guard(empty, () => Directory.Delete(empty));
            }
        }

        return removed;
    }

    /// <summary>The names under assets/ that the briefings' manifests list and the front page links, with the files its stylesheets name.</summary>
    public static HashSet<string> Used(string outputRoot)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var prefix = $"../{SiteAsset.Folder}/";
        foreach (var manifest in Directory.EnumerateDirectories(outputRoot).Select(d => Path.Combine(d, Manifest.FileName)).Where(File.Exists))
        {
            try
            {
                foreach (var entry in Manifest.Parse(File.ReadAllText(manifest))?.Files ?? [])
                {
                    if (entry.Path.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        used.Add(entry.Path[prefix.Length..]);
                    }
                }
            }
            catch (JsonException)
            {
                // Not a manifest build wrote: it uses nothing the build knows of.
            }
        }

        var frontPage = Path.Combine(outputRoot, "index.html");
        if (File.Exists(frontPage))
        {
            foreach (var link in Link().Matches(File.ReadAllText(frontPage)).Select(m => m.Groups["name"].Value))
            {
                used.Add(link);
                var css = Path.Combine(outputRoot, SiteAsset.Folder, link);
                if (link.EndsWith(".css", StringComparison.Ordinal) && File.Exists(css))
                {
                    // A stylesheet's url() is relative to the stylesheet, which lies in assets/ itself.
                    used.UnionWith(CssUrl().Matches(File.ReadAllText(css)).Select(m => m.Groups["url"].Value));
                }
            }
        }

        return used;
    }

    [GeneratedRegex("""(?:href|src)="assets/(?<name>[^"#?]+)""")]
    private static partial Regex Link();

    [GeneratedRegex("""url\((?<url>(?!data:)[^)'"]+)\)""")]
    private static partial Regex CssUrl();
}
