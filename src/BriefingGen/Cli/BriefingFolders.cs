using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Cli;

/// <summary>
/// Turns the command line's briefings into briefing folders: folders (relative to the caller's
/// folder), folders of them, or bare ids under data/; none named means every one under data/.
/// </summary>
internal static class BriefingFolders
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> named, ProjectPaths paths, DiagnosticBag diagnostics)
    {
        if (named.Count > 0)
        {
            // A folder holding briefings (such as data/) stands for all of them.
            return named
                .Select(given => Folder(given, paths, diagnostics))
                .OfType<string>()
                .SelectMany(folder => File.Exists(Path.Combine(folder, "briefing.yaml")) ? [folder] : Under(folder, diagnostics))
                .ToList();
        }

        return Under(Path.GetRelativePath(Environment.CurrentDirectory, paths.Data), diagnostics);
    }

    /// <summary>
    /// The folder a briefing named on the command line is: an existing folder as given, else, for a
    /// bare name, data/&lt;id&gt; (so 'build x' works as 'new x' says); null, with the error, when it is neither.
    /// </summary>
    private static string? Folder(string given, ProjectPaths paths, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(given) || given.Contains('/', StringComparison.Ordinal) || given is "." or "..")
        {
            return given;
        }

        var folder = Path.Combine(paths.Data, given);
        if (Directory.Exists(folder))
        {
            return DisplayPaths.For(folder);
        }

        var ids = Directory.Exists(paths.Data)
            ? Directory.EnumerateDirectories(paths.Data).Where(d => File.Exists(Path.Combine(d, "briefing.yaml"))).Select(Path.GetFileName).OfType<string>()
            : [];
        diagnostics.Add(Errors.UnknownBriefingId(DisplayPaths.For(folder), given, Suggestions.Closest(given, ids.Order(StringComparer.Ordinal))));
        return null;
    }

    private static List<string> Under(string folder, DiagnosticBag diagnostics)
    {
        var found = Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, "briefing.yaml")))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (found.Count == 0)
        {
            diagnostics.Add(Errors.NoBriefings(folder));
        }

        return found;
    }
}
