using System.Text.RegularExpressions;

namespace BriefingGen.Publishing;

/// <summary>
/// What a killed build can leave in the output folder, and how the next build puts it right: a
/// staging folder (deleted), a lock file (taken and deleted), and an old output moved aside by the
/// two-rename fallback or by older versions (.previous-&lt;guid&gt;): moved back when the output is
/// missing, deleted otherwise. Each briefing's leftovers are touched only under its lock.
/// </summary>
internal static partial class OutputLeftovers
{
    /// <summary>The staging name of the front page, whose published folder is out/assets/.</summary>
    public const string Site = ".site";

    private const string LockSuffix = ".staging.lock";

    /// <summary>Where the two-rename fallback puts the old output while the new one moves in.</summary>
    public static string PreviousName(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.previous");

    /// <summary>Takes a build's lock; null when another build holds it.</summary>
    public static FileStream? Lock(string path, string target)
    {
        try
        {
            return OutputWrites.Guard(target, () => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException e) when (OutputWrites.IsHeldByAnother(e))
        {
            return null;
        }
    }

    /// <summary>Puts right what a killed build of <paramref name="id"/> left; the caller holds its lock.</summary>
    public static void Recover(string outputRoot, string id)
    {
        Delete(StagingFolder.StagingName(outputRoot, id));
        // The front page publishes the site's folders (assets/, series/), each replaced like a briefing's.
        foreach (var target in id == Site ? Model.SiteFolders.All.Order(StringComparer.Ordinal).Select(f => Path.Combine(outputRoot, f)) : [Path.Combine(outputRoot, id)])
        {
            RecoverAside(outputRoot, target);
        }
    }

    private static void RecoverAside(string outputRoot, string target)
    {
        var asides = new[] { PreviousName(target) }.Where(Directory.Exists)
            .Concat(Directory.EnumerateDirectories(outputRoot, Path.GetFileName(target) + ".previous-*")
                .Where(d => LegacyPrevious().IsMatch(Path.GetFileName(d)))
                .OrderByDescending(Directory.GetLastWriteTimeUtc))
            .ToList();
        foreach (var aside in asides)
        {
            if (!Directory.Exists(target))
            {
                OutputWrites.Guard(target, () => Directory.Move(aside, target));
            }
            else
            {
                Delete(aside);
            }
        }
    }

    /// <summary>Recovers the other briefings whose lock files a killed build left, unless a build holds them now.</summary>
    public static void RecoverOthers(string outputRoot, string id)
    {
        foreach (var lockFile in Directory.EnumerateFiles(outputRoot, "." + "*" + LockSuffix))
        {
            var other = Path.GetFileName(lockFile)[1..^LockSuffix.Length];
            if (other == id)
            {
                continue;
            }

            // Disposing the lock deletes its file.
            using var taken = Lock(lockFile, Path.Combine(outputRoot, other));
            if (taken is not null)
            {
                Recover(outputRoot, other);
            }
        }
    }

    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            OutputWrites.Guard(path, () => Directory.Delete(path, recursive: true));
        }
    }

    [GeneratedRegex("^.+\\.previous-[0-9a-f]{32}$")]
    private static partial Regex LegacyPrevious();
}
