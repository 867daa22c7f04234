using System.Text;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Messages;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Doctor;

/// <summary>
/// Looks at the machine as the generator will use it: .NET, the browser, the fonts (their outline
/// format and whether they cover the briefings' characters) and the output folder; said in
/// English, or in Chinese when <c>chinese</c> is set.
/// </summary>
internal static class MachineCheck
{
    public static IReadOnlyList<Finding> Run(ProjectPaths paths, string outputFolder, IEnumerable<string> briefingFolders, bool chinese = false)
    {
        string Say(string key, params object?[] args) => Catalogue.In(chinese, key, args);
        return
        [
            new(".NET", true, Say("doctor.dotnet.found", Environment.Version, Path.GetDirectoryName(typeof(object).Assembly.Location))),
            Browser(Say),
            PageTool("pdftoppm", "poppler-utils", Say),
            PageTool("pngquant", "pngquant", Say),
            .. Fonts(paths, briefingFolders, Say),
            .. OfficeFonts(paths, briefingFolders, Say),
            Output(paths, outputFolder, briefingFolders, chinese, Say),
        ];
    }

    private static Finding Browser(Func<string, object?[], string> say)
    {
        string path;
        try
        {
            path = BrowserLocator.Find();
        }
        catch (BuildFailedException)
        {
            return new Finding("Chromium", false, say("doctor.chromium.not-found", []), say("doctor.chromium.install", []));
        }

        var probe = BrowserProbe.Ask(path);
        return probe.Runs
            ? new Finding("Chromium", true, say("doctor.chromium.found", [probe.Said, path]))
            : new Finding("Chromium", false, say("doctor.chromium.does-not-run", [path]), say("doctor.chromium.reinstall", [path]));
    }

    /// <summary>A program verify draws or packs the pages with, found on the PATH as the process will start it.</summary>
    private static Finding PageTool(string program, string package, Func<string, object?[], string> say)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
        return found is null
            ? new Finding(program, false, say("doctor.page-tool.missing", []), say("doctor.page-tool.install", [package]))
            : new Finding(program, true, say("doctor.page-tool.found", [found]));
    }

    private static IEnumerable<Finding> Fonts(ProjectPaths paths, IEnumerable<string> briefingFolders, Func<string, object?[], string> say)
    {
        var catalog = LoadFonts(paths);
        if (catalog is null)
        {
            yield return new Finding(say("doctor.fonts", []), false, say("doctor.fonts.not-installed", [paths.Fonts]), $"cd {paths.Root} && npm ci");
            yield break;
        }

        foreach (var family in catalog.Faces.GroupBy(f => (f.Family, f.Weight, f.Style)))
        {
            var file = family.First().File;
            var outlines = Outlines(file);
            var name = $"{family.Key.Family} {family.Key.Weight}{(family.Key.Style == "italic" ? " italic" : "")}";
            yield return new Finding(
                say("doctor.font", [name]),
                outlines == "TrueType",
                say("doctor.font.found", [family.Count(), outlines, Path.GetDirectoryName(file)]),
                outlines == "TrueType" ? null : say("doctor.font.cff", []));
        }

        var used = UsedCharacters(briefingFolders);
        var body = catalog.Faces.Where(f => f is { Family: "Noto Serif SC", Weight: 400, Style: "normal" }).ToList();
        var missing = used.Where(c => !body.Any(f => f.Covers(c))).Select(c => char.ConvertFromUtf32(c)).ToList();
        yield return missing.Count == 0
            ? new Finding(say("doctor.characters", []), true, say("doctor.characters.covered", [used.Count]))
            : new Finding(say("doctor.characters", []), false, say("doctor.characters.lacking", [missing.Count, used.Count, string.Concat(missing.Take(40))]), say("doctor.characters.fix", []));
    }

    /// <summary>Each family an office.yaml names that the project does not ship: where fontconfig finds it, or that it falls back.</summary>
    private static IEnumerable<Finding> OfficeFonts(ProjectPaths paths, IEnumerable<string> briefingFolders, Func<string, object?[], string> say)
    {
        var shipped = LoadFonts(paths)?.Faces.Select(f => f.Family).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var folder in briefingFolders.GroupBy(OfficeReader.PathFor, StringComparer.Ordinal).Select(g => g.First()))
        {
            var diagnostics = new DiagnosticBag();
            var office = OfficeReader.Read(OfficeReader.PathFor(folder), diagnostics, file => new YamlFile(file, diagnostics));
            var local = LocalFonts.For([OfficeReader.FontsFolderFor(folder)]);
            foreach (var family in office.Fonts.SelectMany(c => c.Families).Where(f => !shipped.Contains(f)).Distinct(StringComparer.Ordinal))
            {
                var faces = local.Faces(family);
                var trueType = faces.Where(f => f.IsTrueType).ToList();
                yield return trueType.Count > 0
                    ? new Finding(say("doctor.office-font", [family]), true, say("doctor.office-font.found", [string.Join(", ", trueType.Select(f => f.File).Distinct())]))
                    : new Finding(say("doctor.office-font", [family]), false,
                        faces.Count > 0 ? say("doctor.office-font.not-truetype", [faces[0].File]) : say("doctor.office-font.missing", []),
                        say("doctor.office-font.fix", [OfficeReader.FontsFolderFor(folder)]));
            }
        }
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

    private static Finding Output(ProjectPaths paths, string folder, IEnumerable<string> briefingFolders, bool chinese, Func<string, object?[], string> say)
    {
        var refused = Publishing.OutputFolder.Refusal(folder, Publishing.OutputFolder.RealPath(folder), paths.Root, paths.Templates, briefingFolders.Prepend(paths.Data));
        if (refused is not null)
        {
            return new Finding(say("doctor.output", []), false, chinese ? refused.MessageZh : refused.Message, say("doctor.output.refused-fix", []));
        }

        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".doctor-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return new Finding(say("doctor.output", []), true, say("doctor.output.writable", [Path.GetFullPath(folder)]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Finding(say("doctor.output", []), false, say("doctor.output.not-writable", [Path.GetFullPath(folder), e.Message]), say("doctor.output.fix", [Path.GetFullPath(folder)]));
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
        // Each briefing's files, and the office's settings beside them, which it prints too.
        var files = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.yaml").Append(Loading.OfficeReader.PathFor(f)))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal);
        foreach (var file in files)
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
}
