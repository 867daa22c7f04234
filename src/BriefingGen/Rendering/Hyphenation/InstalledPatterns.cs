using System.Collections.Concurrent;
using BriefingGen.Diagnostics;

namespace BriefingGen.Rendering.Hyphenation;

/// <summary>
/// The hyphenator of the patterns npm ci installs (node_modules/hyphen, pinned by package-lock.json),
/// read once a process: they are not edited, and watch rebuilds often.
/// </summary>
internal static class InstalledPatterns
{
    private static readonly ConcurrentDictionary<string, Hyphenator> Loaded = new(StringComparer.Ordinal);

    /// <summary>The patterns' hyphenator; missing or unreadable, a diagnostic of the machine (exit 3) that says to run npm ci.</summary>
    public static Hyphenator Load(string path) => Loaded.GetOrAdd(Path.GetFullPath(path), _ => Read(path));

    private static Hyphenator Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BuildFailedException(Errors.HyphenationPatternsMissing(path));
        }

        try
        {
            return Hyphenator.FromPatternFile(path);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException or IndexOutOfRangeException or IOException)
        {
            // A file the package did not write (edited, truncated): its literal does not parse, or holds the wrong shapes.
            throw new BuildFailedException(Errors.HyphenationPatternsUnreadable(path, e.Message));
        }
    }
}
