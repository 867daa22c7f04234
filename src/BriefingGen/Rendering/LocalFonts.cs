using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingGen.Rendering;

/// <summary>
/// The fonts fontconfig finds on this machine, with the office's fonts folder (data/fonts/) added to
/// what is installed. The build looks up there the families an office names that the project does
/// not ship; Chromium, started with the same configuration, finds them by name with local(), so a
/// licensed font file is never copied into the published site.
/// </summary>
internal sealed class LocalFonts
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LocalFonts> Loaded = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<LocalFont> _faces;

    private LocalFonts(IReadOnlyList<LocalFont> faces, string? configFile, bool available)
    {
        _faces = faces;
        ConfigFile = configFile;
        Available = available;
    }

    /// <summary>The fontconfig file that adds the office's folder, for fc-list and the browser; null when there is no such folder.</summary>
    public string? ConfigFile { get; }

    /// <summary>Whether fontconfig's fc-list ran; without it no office font can be found (the build then says so).</summary>
    public bool Available { get; }

    /// <summary>The fonts of this machine and of the offices' folders, listed once a process for each set of folders.</summary>
    public static LocalFonts For(IEnumerable<string> officeFontsFolders)
    {
        var folders = officeFontsFolders.Select(Path.GetFullPath).Where(Directory.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return Loaded.GetOrAdd(string.Join("\n", folders), _ => Read(folders));
    }

    /// <summary>The upright faces whose family (in any of the languages the font names it) is <paramref name="family"/>.</summary>
    public IReadOnlyList<LocalFont> Faces(string family) =>
        _faces.Where(f => !f.Italic && f.Families.Contains(family, StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f.Weight)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ToList();

    private static LocalFonts Read(List<string> folders)
    {
        var config = folders.Count > 0 ? WriteConfig(folders) : null;
        var listing = FcList(config);
        return listing is null ? new LocalFonts([], config, available: false) : new LocalFonts(Parse(listing), config, available: true);
    }

    private const string Format = "%{family}\t%{fullname}\t%{postscriptname}\t%{weight}\t%{slant}\t%{fontformat}\t%{file}\t%{charset}\n";

    private static string? FcList(string? config)
    {
        var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("--format");
        start.ArgumentList.Add(Format);
        if (config is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = config;
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static List<LocalFont> Parse(string listing)
    {
        var faces = new List<LocalFont>();
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f.Length < 8 || !int.TryParse(f[3], CultureInfo.InvariantCulture, out var weight))
            {
                continue;
            }

            // A variable font lists a range of weights ("[0 210]"); its default instance is what local() gives.
            faces.Add(new LocalFont(
                f[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                f[1].Split(',')[0].Trim(),
                f[2].Trim(),
                LocalFont.CssWeight(weight),
                f[4].Trim() != "0",
                f[5].Trim(),
                f[6],
                CharacterSet.FromRanges(Ranges(f[7]))));
        }

        return faces;
    }

    /// <summary>fontconfig's charset, "20-7e a0 4e00-9fa5": hexadecimal code points and ranges.</summary>
    private static IEnumerable<(int, int)> Ranges(string charset)
    {
        foreach (var part in charset.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0 && int.TryParse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var one))
            {
                yield return (one, one);
            }
            else if (dash > 0
                && int.TryParse(part[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var first)
                && int.TryParse(part[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var last))
            {
                yield return (first, last);
            }
        }
    }

    /// <summary>
    /// A fontconfig file that includes the configuration in force (FONTCONFIG_FILE, or the system's)
    /// and adds the offices' folders, in the temporary folder under a name derived from both.
    /// </summary>
    private static string WriteConfig(List<string> folders)
    {
        var inherited = Environment.GetEnvironmentVariable("FONTCONFIG_FILE") is { Length: > 0 } given ? Path.GetFullPath(given) : "/etc/fonts/fonts.conf";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", folders.Append(inherited)))))[..16];
        var home = Path.Combine(Path.GetTempPath(), $"briefinggen-fontconfig-{key}");
        Directory.CreateDirectory(home);
        var file = Path.Combine(home, "fonts.conf");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <!-- Written by BriefingGen: the configuration in force, and the office's fonts folder. -->
            <fontconfig>
              <include ignore_missing="yes">{Xml(inherited)}</include>
            {string.Concat(folders.Select(folder => $"  <dir>{Xml(folder)}</dir>\n"))}              <cachedir>{Xml(Path.Combine(home, "cache"))}</cachedir>
            </fontconfig>

            """;
        if (!File.Exists(file) || File.ReadAllText(file) != xml)
        {
            var temporary = file + "." + Environment.ProcessId;
            File.WriteAllText(temporary, xml);
            File.Move(temporary, file, overwrite: true);
        }

        return file;

        static string Xml(string text) => System.Security.SecurityElement.Escape(text);
    }
}
