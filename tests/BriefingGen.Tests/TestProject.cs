namespace BriefingGen.Tests;

/// <summary>A throwaway copy of the project for a test to change: its own templates, the real fonts.</summary>
internal static class TestProject
{
    /// <summary>Copies templates/ into <paramref name="root"/> and links node_modules/; returns the root.</summary>
    public static string WithOwnTemplates(string root)
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "templates", Path.GetRelativePath(TestPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        LinkFonts(root);
        return root;
    }

    /// <summary>Links the real templates/ and node_modules/ into <paramref name="root"/>.</summary>
    public static string WithSharedTemplates(string root)
    {
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "templates"), TestPaths.Templates);
        LinkFonts(root);
        return root;
    }

    /// <summary>Copies the Jinan briefing to &lt;root&gt;/data/jinan-digital-city/ (and data/office.yaml), for a test to edit; returns its folder.</summary>
    public static string WithJinanData(string root)
    {
        var briefing = Path.Combine(root, "data", "jinan-digital-city");
        Directory.CreateDirectory(briefing);
        foreach (var file in Directory.GetFiles(TestPaths.Jinan))
        {
            File.Copy(file, Path.Combine(briefing, Path.GetFileName(file)));
        }

        // The office's settings beside it, which the briefing takes its series, office and distribution from.
        File.Copy(Path.Combine(TestPaths.Repository, "data", "office.yaml"), Path.Combine(root, "data", "office.yaml"), overwrite: true);

        return briefing;
    }

    /// <summary>Copies the corpus's base briefing to &lt;root&gt;/data/base/, for a test to edit; returns its folder.</summary>
    public static string WithBaseData(string root)
    {
        var briefing = Path.Combine(root, "data", "base");
        Directory.CreateDirectory(briefing);
        foreach (var file in Directory.GetFiles(TestPaths.CorpusBase))
        {
            File.Copy(file, Path.Combine(briefing, Path.GetFileName(file)));
        }

        return briefing;
    }

    /// <summary>Every file under a folder with its sha256, by relative path: "the output is exactly as it was".</summary>
    public static Dictionary<string, string> Hashes(string folder, Func<string, bool>? include = null) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => include?.Invoke(file) ?? true)
            .ToDictionary(
                file => Path.GetRelativePath(folder, file),
                file => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));

    private static void LinkFonts(string root) =>
        Directory.CreateSymbolicLink(Path.Combine(root, "node_modules"), Path.Combine(TestPaths.Repository, "node_modules"));
}
