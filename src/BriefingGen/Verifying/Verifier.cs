using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using DiffPlex;
using DiffPlex.Renderer;

namespace BriefingGen.Verifying;

/// <summary>
/// Compares a briefing's current snapshots with its approved ones. Each difference is reported at
/// its snapshot's file (a text at its first changed line), and what shows it is written to the
/// difference folder: a unified diff for a text, before / after / difference images for a page.
/// </summary>
internal static class Verifier
{
    /// <summary>Lines of context around each change in a diff.</summary>
    private const int Context = 3;

    public static IReadOnlyList<SnapshotDifference> Compare(string id, string snapshotsFolder, SnapshotSet? approved, SnapshotSet current, string differencesFolder)
    {
        Forget(id, differencesFolder);
        var written = Path.Combine(differencesFolder, id);

        if (approved is null)
        {
            var briefing = DisplayPaths.For(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(snapshotsFolder))!, "briefing.yaml"));
            return [new SnapshotDifference(Errors.NoApprovedSnapshots(SourceLocation.FileOnly(briefing), id, DisplayPaths.For(snapshotsFolder)), null)];
        }

        var differences = new List<SnapshotDifference>();
        foreach (var name in approved.ByName.Keys.Union(current.ByName.Keys).Order(StringComparer.Ordinal))
        {
            approved.ByName.TryGetValue(name, out var before);
            current.ByName.TryGetValue(name, out var after);
            var at = DisplayPaths.For(Path.Combine(snapshotsFolder, name));
            var difference = (before, after) switch
            {
                ({ IsImage: true }, { IsImage: true }) => ComparePage(id, at, before, after, written),
                ({ } b, { } a) => CompareText(id, at, b, a, written),
                (null, { } a) => Added(id, at, a, written),
                ({ } b, _) => Removed(id, at, b, written),
                _ => null,
            };
            if (difference is not null)
            {
                differences.Add(difference);
            }
        }

        return differences;
    }

    /// <summary>Removes what an earlier run wrote for this briefing, so that the folder shows only the latest differences.</summary>
    public static void Forget(string id, string differencesFolder)
    {
        var written = Path.Combine(differencesFolder, id);
        if (Directory.Exists(written))
        {
            Directory.Delete(written, recursive: true);
        }
    }

    private static SnapshotDifference? CompareText(string id, string at, Snapshot before, Snapshot after, string written)
    {
        if (before.Content.AsSpan().SequenceEqual(after.Content))
        {
            return null;
        }

        var model = new Differ().CreateLineDiffs(before.Text, after.Text, ignoreWhitespace: false, ignoreCase: false);
        var line = model.DiffBlocks.Count > 0 ? model.DiffBlocks[0].DeleteStartA + 1 : 1;
        var diff = new UnidiffRenderer(contextLines: Context).Generate(before.Text, after.Text, $"approved/{before.Name}", $"now/{after.Name}");
        var file = Write(written, before.Name.Replace('/', '-') + ".diff", System.Text.Encoding.UTF8.GetBytes(diff));
        return new SnapshotDifference(Errors.SnapshotTextChanged(new SourceLocation(at, line, 1), before, id, file), diff);
    }

    private static SnapshotDifference? ComparePage(string id, string at, Snapshot before, Snapshot after, string written)
    {
        if (before.Content.AsSpan().SequenceEqual(after.Content))
        {
            return null;
        }

        var (comparison, image) = PageComparison.CompareWithImage(before.Content, after.Content);
        if (!comparison.Changed)
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(before.Name);
        Write(written, stem + ".before.png", before.Content);
        Write(written, stem + ".after.png", after.Content);
        var difference = Write(written, stem + ".diff.png", image);
        return new SnapshotDifference(Errors.SnapshotPageChanged(SourceLocation.FileOnly(at), before, id, comparison, difference), null);
    }

    private static SnapshotDifference Added(string id, string at, Snapshot after, string written)
    {
        var file = after.IsImage
            ? Write(written, Path.GetFileNameWithoutExtension(after.Name) + ".after.png", after.Content)
            : Write(written, after.Name.Replace('/', '-'), after.Content);
        return new SnapshotDifference(Errors.SnapshotAdded(SourceLocation.FileOnly(at), after, id, file), null);
    }

    private static SnapshotDifference Removed(string id, string at, Snapshot before, string written)
    {
        var file = before.IsImage
            ? Write(written, Path.GetFileNameWithoutExtension(before.Name) + ".before.png", before.Content)
            : null;
        return new SnapshotDifference(Errors.SnapshotRemoved(SourceLocation.FileOnly(at), before, id, file), null);
    }

    /// <summary>Writes one file of the difference folder; its path as the user reads it.</summary>
    private static string Write(string folder, string name, byte[] content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return DisplayPaths.For(path);
    }
}
