using System.Diagnostics;
using System.Text;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Doctor;

/// <summary>
/// Looks at the machine as the generator will use it: .NET, the browser, the fonts (their outline
/// format and whether they cover the briefings' characters) and the output folder.
/// </summary>
internal static class MachineCheck
{
    public static IReadOnlyList<Finding> Run(ProjectPaths paths, string outputFolder, IEnumerable<string> briefingFolders) =>
    [
        new(".NET", true, $".NET {Environment.Version} at {Path.GetDirectoryName(typeof(object).Assembly.Location)}"),
        Browser(),
        .. Fonts(paths, briefingFolders),
        Output(paths, outputFolder, briefingFolders),
    ];

    private static Finding Browser()
    {
        string path;
        try
        {
            path = BrowserLocator.Find();
        }
        catch (BuildFailedException)
        {
            return new Finding("Chromium", false, "not found", "sudo apt-get install chromium (or set BRIEFING_CHROMIUM to the browser's path)");
        }

        var version = Run(path, "--headless --no-sandbox --version");
        return version is null
            ? new Finding("Chromium", false, $"{path} does not run", $"run '{path} --headless --no-sandbox --version' to see why; reinstall with sudo apt-get install --reinstall chromium")
            : new Finding("Chromium", true, $"{version.Trim()} at {path}");
    }

    private static IEnumerable<Finding> Fonts(ProjectPaths paths, IEnumerable<string> briefingFolders)
    {
        var catalog = LoadFonts(paths);
        if (catalog is null)
        {
            yield return new Finding("Fonts", false, $"not installed in {paths.Fonts}", $"cd {paths.Root} && npm ci");
            yield break;
        }

        foreach (var family in catalog.Faces.GroupBy(f => (f.Family, f.Weight, f.Style)))
        {
            var file = family.First().File;
            var outlines = Outlines(file);
            var name = $"{family.Key.Family} {family.Key.Weight}{(family.Key.Style == "italic" ? " italic" : "")}";
            yield return new Finding(
                $"Font {name}",
                outlines == "TrueType",
                $"{family.Count()} files, {outlines} outlines, in {Path.GetDirectoryName(file)}",
                outlines == "TrueType" ? null : "use a TrueType build of this font: CFF outlines print as Type 3 fonts, which print shops reject");
        }

        var used = UsedCharacters(briefingFolders);
        var body = catalog.Faces.Where(f => f is { Family: "Noto Serif SC", Weight: 400, Style: "normal" }).ToList();
        var missing = used.Where(c => !body.Any(f => f.Covers(c))).Select(c => char.ConvertFromUtf32(c)).ToList();
        yield return missing.Count == 0
            ? new Finding("Characters", true, $"Noto Serif SC covers all {used.Count} characters the briefings use")
            : new Finding("Characters", false, $"Noto Serif SC lacks {missing.Count} of the {used.Count} characters the briefings use: {string.Concat(missing.Take(40))}", "replace them in the data, or name a font that has them first in --zh-body in templates/css/theme.css");
    }

    private static FontCatalog? LoadFonts(ProjectPaths paths)
    {
        try
        {
            return FontCatalog.Load(paths.Fonts);
        }
        catch (BuildFailedException)
        {
            return null;
        }
    }

    private static Finding Output(ProjectPaths paths, string folder, IEnumerable<string> briefingFolders)
    {
        var refused = Publishing.OutputFolder.Refusal(folder, Publishing.OutputFolder.RealPath(folder), paths.Root, paths.Templates, briefingFolders.Prepend(paths.Data));
        if (refused is not null)
        {
            return new Finding("Output folder", false, refused.Message, "build with --out to a folder of its own, such as out or /tmp/briefings");
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".doctor-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return new Finding("Output folder", true, $"{Path.GetFullPath(folder)} is writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Finding("Output folder", false, $"{Path.GetFullPath(folder)} is not writable ({e.Message})", $"sudo chown -R $(id -u) {Path.GetFullPath(folder)}, or build with --out to a folder you own");
        }
    }

    /// <summary>A WOFF2 file names its outline format in its header: TrueType (glyf) or CFF ('OTTO').</summary>
    private static string Outlines(string woff2)
    {
        var header = new byte[8];
        using (var stream = File.OpenRead(woff2))
        {
            stream.ReadExactly(header);
        }

        var flavor = Encoding.ASCII.GetString(header, 4, 4);
        return flavor switch
        {
            "OTTO" => "CFF",
            "true" or "\0\u0001\0\0" => "TrueType",
            _ => $"unknown ({Convert.ToHexString(header, 4, 4)})",
        };
    }

    private static HashSet<int> UsedCharacters(IEnumerable<string> folders)
    {
        var used = new HashSet<int>();
        foreach (var file in folders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*.yaml")))
        {
            foreach (var line in File.ReadLines(file).Where(l => !l.TrimStart().StartsWith('#')))
            {
                foreach (var rune in line.EnumerateRunes().Where(r => r.Value > 0x7F))
                {
                    used.Add(rune.Value);
                }
            }
        }

        return used;
    }

    private static string? Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            return process.WaitForExit(30_000) && process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
