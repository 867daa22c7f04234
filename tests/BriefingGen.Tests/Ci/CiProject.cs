using BriefingGen.Cli;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Ci;

/// <summary>
/// A throwaway project whose check fails the way CI meets it: a briefing with errors in two
/// files, one with only a warning, and a briefing named that does not exist (an error with a
/// file but no line). What the checker reports on it is read in-process, so that the tests
/// compare CI's view of the output with the diagnostics themselves, not with values typed here.
/// </summary>
internal static class CiProject
{
    /// <summary>The briefings the tests name on the command line, relative to the project.</summary>
    public static readonly string[] Named = ["data", "missing-briefing"];

    // The checker's small fixture briefings, which these tests break in their own ways.
    private static readonly string CheckingFixtures = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Checking", "Fixtures");

    /// <summary>Makes the broken project in <paramref name="root"/>; returns the root.</summary>
    public static string Broken(string root)
    {
        Clean(root, "broken", "valid");
        Clean(root, "warned", "unused-fact");
        var broken = Path.Combine(root, "data", "broken");
        // An English half removed (a shape error) and a reference misspelt (a meaning error).
        Edit(Path.Combine(broken, "briefing.yaml"), "    en: Digital Drives New Momentum\n", "");
        Edit(Path.Combine(broken, "sections.yaml"), "{fiveg_base_stations}。", "{fiveg_base_station}。");
        return root;
    }

    /// <summary>Makes a project with one clean briefing (a copy of the fixture <paramref name="fixture"/>).</summary>
    public static string Clean(string root, string id, string fixture)
    {
        if (!Directory.Exists(Path.Combine(root, "templates")))
        {
            TestProject.WithSharedTemplates(root);
            File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(root, "package.json"));
        }

        var folder = Path.Combine(root, "data", id);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(CheckingFixtures, fixture)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return root;
    }

    /// <summary>
    /// What 'check' reports on the project, as the tool sorts it, each with its file relative to
    /// the project (as the tool, run in the project, prints it).
    /// </summary>
    public static IReadOnlyList<(Diagnostic Diagnostic, string File)> Diagnostics(string root, IReadOnlyList<string> named)
    {
        var paths = new ProjectPaths(root);
        var bag = new DiagnosticBag();
        // The names as the tool run in the project reads them: folders relative to it.
        var folders = BriefingFolders.Resolve(named.Select(n => Directory.Exists(Path.Combine(root, n)) ? Path.Combine(root, n) : n).ToList(), paths, bag);
        BuildPipeline.LoadAll(folders, bag, paths);
        return bag.Sorted()
            .Select(d => (d, Path.GetRelativePath(root, Path.GetFullPath(d.Location.File))))
            .ToList();
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
