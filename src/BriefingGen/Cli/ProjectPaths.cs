namespace BriefingGen.Cli;

/// <summary>Where the templates and fonts are: the repository the tool runs in.</summary>
internal sealed record ProjectPaths(string Root)
{
    public string Templates => Path.Combine(Root, "templates");

    public string Fonts => Path.Combine(Root, "node_modules", "@fontsource");

    /// <summary>TeX's British English hyphenation patterns, as the npm package `hyphen` compiles them.</summary>
    public string HyphenationPatterns => Path.Combine(Root, "node_modules", "hyphen", "patterns", "en-gb.js");

    public string Data => Path.Combine(Root, "data");

    /// <summary>Where outputs go when --out is not given: out/ in the repository, wherever the command is run from.</summary>
    public string Output => Path.Combine(Root, "out");

    /// <summary>Where verify writes what differs from the approved snapshots: verify/ in the repository, for CI to upload.</summary>
    public string Differences => Path.Combine(Root, "verify");

    /// <summary>The nearest folder, from the working folder up, that holds templates/; else the tool's own repository.</summary>
    public static ProjectPaths Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "templates")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return new ProjectPaths(dir.FullName);
                }
            }
        }

        return new ProjectPaths(Environment.CurrentDirectory);
    }
}
