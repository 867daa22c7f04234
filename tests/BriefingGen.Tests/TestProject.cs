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

    private static void LinkFonts(string root) =>
        Directory.CreateSymbolicLink(Path.Combine(root, "node_modules"), Path.Combine(TestPaths.Repository, "node_modules"));
}
