using BriefingGen.Diagnostics;

namespace BriefingGen.Cli;

/// <summary>Turns the command line's folders into briefing folders; none named means every one under data/.</summary>
internal static class BriefingFolders
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> named, ProjectPaths paths, DiagnosticBag diagnostics)
    {
        if (named.Count > 0)
        {
            // A folder holding briefings (such as data/) stands for all of them.
            return named.SelectMany(folder => File.Exists(Path.Combine(folder, "briefing.yaml")) ? [folder] : Under(folder, diagnostics)).ToList();
        }

        return Under(Path.GetRelativePath(Environment.CurrentDirectory, paths.Data), diagnostics);
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
