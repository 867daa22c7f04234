using System.Text.Json;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Publishing;

/// <summary>
/// Reads the output folders of 'build --shard k/n' for assemble: each briefing folder with its
/// manifest, once, and every problem found (a folder that is not there or overlaps the output, a
/// folder that is no briefing's output, the same briefing from two shards with different manifests).
/// </summary>
internal static class ShardReader
{
    public static IReadOnlyList<ShardBriefing> Read(IReadOnlyList<string> shardFolders, string outputRoot, DiagnosticBag diagnostics)
    {
        var found = new List<ShardBriefing>();
        foreach (var given in shardFolders)
        {
            var folder = OutputFolder.RealPath(given);
            if (!Directory.Exists(folder))
            {
                diagnostics.Add(Errors.ShardFolderMissing(given));
                continue;
            }

            // The output's briefings are replaced one by one: a shard inside it would be read while it changes.
            if (folder == outputRoot || IsInside(folder, outputRoot) || IsInside(outputRoot, folder))
            {
                diagnostics.Add(Errors.ShardFolderOverlapsOutput(given, DisplayPaths.For(outputRoot)));
                continue;
            }

            // Hidden folders are what a killed build left (staging folders), never a briefing.
            var briefingFolders = Directory.EnumerateDirectories(folder)
                .Where(d => !Path.GetFileName(d).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var briefingFolder in briefingFolders)
            {
                if (ReadOne(briefingFolder, diagnostics) is { } briefing)
                {
                    found.Add(briefing);
                }
            }
        }

        var kept = new List<ShardBriefing>();
        foreach (var briefing in found)
        {
            var first = kept.FirstOrDefault(b => b.Id == briefing.Id);
            if (first is null)
            {
                kept.Add(briefing);
            }
            else if (first.ManifestText != briefing.ManifestText)
            {
                var line = ManifestLines.FirstDifference(briefing.ManifestText, first.ManifestText);
                diagnostics.Add(Errors.BriefingInTwoShards(new SourceLocation(DisplayPaths.For(briefing.ManifestFile), line, 1), briefing.Id, DisplayPaths.For(first.Folder)));
            }
        }

        if (kept.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(Errors.ShardsHoldNoBriefing(string.Join(", ", shardFolders)));
        }

        return kept;
    }

    private static ShardBriefing? ReadOne(string folder, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(folder);
        var manifest = Path.Combine(folder, Manifest.FileName);
        var shown = DisplayPaths.For(folder);
        if (!File.Exists(manifest))
        {
            // The site's own folders, which a shard does not write but a plain build does.
            if (!Model.SiteFolders.All.Contains(name))
            {
                diagnostics.Add(Errors.ShardManifestUnreadable(SourceLocation.FileOnly(shown), shown, new Words($"it has no {Manifest.FileName}", $"其中没有 {Manifest.FileName}")));
            }

            return null;
        }

        var text = File.ReadAllText(manifest);
        ManifestContent? content;
        try
        {
            content = Manifest.Parse(text);
        }
        catch (JsonException e)
        {
            var at = new SourceLocation(DisplayPaths.For(manifest), (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(Errors.ShardManifestUnreadable(at, shown, new Words($"its {Manifest.FileName} is not a manifest that build writes", $"其 {Manifest.FileName} 不是构建所写的清单")));
            return null;
        }

        if (content?.Files is null || content.Id != name || !Model.Ids.IsBriefingId(name))
        {
            var at = ManifestLines.OfKey(DisplayPaths.For(manifest), text, "id");
            diagnostics.Add(Errors.ShardManifestUnreadable(at, shown, new Words(
                $"its {Manifest.FileName} is of the briefing '{SafeText.OneLine(content?.Id ?? "")}', not of '{SafeText.OneLine(name)}'",
                $"其 {Manifest.FileName} 属于简报“{SafeText.OneLine(content?.Id ?? "")}”，而不是“{SafeText.OneLine(name)}”")));
            return null;
        }

        return new ShardBriefing(name, folder, manifest, text, content);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder == "/" ? "/" : folder + "/", StringComparison.Ordinal);
}
