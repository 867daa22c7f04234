using System.Text.Json;
using BriefingGen.Diagnostics;

namespace BriefingGen.Publishing;

/// <summary>Where in a manifest.json each file is listed, so that a problem with a file points at its line.</summary>
internal static class ManifestLines
{
    private const string PathKey = "\"path\": ";

    /// <summary>The place of each listed path's entry; a path not found (a manifest written by hand) is at the file's top.</summary>
    public static Func<string, SourceLocation> Of(string manifestFile, string text)
    {
        var places = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(PathKey, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            try
            {
                var value = JsonSerializer.Deserialize<string>(lines[i][(at + PathKey.Length)..].TrimEnd().TrimEnd(','));
                if (value is not null)
                {
                    places.TryAdd(value, new SourceLocation(manifestFile, i + 1, at + 1));
                }
            }
            catch (JsonException)
            {
                // Not one path on one line: that entry is placed at the top.
            }
        }

        return path => places.TryGetValue(path, out var place) ? place : new SourceLocation(manifestFile, 1, 1);
    }

    /// <summary>The place of a top-level key ("id"), or the file's top when it is not there.</summary>
    public static SourceLocation OfKey(string manifestFile, string text, string key)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith($"  \"{key}\": ", StringComparison.Ordinal))
            {
                return new SourceLocation(manifestFile, i + 1, 3);
            }
        }

        return new SourceLocation(manifestFile, 1, 1);
    }

    /// <summary>The first line where two texts differ, 1-based.</summary>
    public static int FirstDifference(string text, string other)
    {
        var lines = text.Split('\n');
        var others = other.Split('\n');
        var i = 0;
        while (i < lines.Length && i < others.Length && lines[i] == others[i])
        {
            i++;
        }

        return Math.Min(i, lines.Length - 1) + 1;
    }
}
