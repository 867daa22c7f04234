using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingGen.Diagnostics;

namespace BriefingGen.Rendering;

/// <summary>
/// Web fonts cut down to the characters a page uses, by tools/subset-fonts.js (HarfBuzz's hb-subset,
/// npm's subset-font, pinned), run once for all the subsets a build lacks. Subsets are kept in a cache
/// folder outside the output, by the source font's hash and the code points, so that an unchanged
/// page, or watch rendering again, never subsets again.
/// </summary>
internal sealed class FontSubsetter(string projectRoot, string cacheFolder)
{
    /// <summary>Where the subsets are kept; the print editions name them there, so the printer may read it.</summary>
    public string CacheFolder => cacheFolder;

    /// <summary>The cache in BRIEFING_CACHE, else $XDG_CACHE_HOME/briefinggen, else ~/.cache/briefinggen.</summary>
    public static FontSubsetter For(string projectRoot) => new(projectRoot, Path.Combine(CacheRoot(), "font-subsets"));

    private static string CacheRoot() =>
        Environment.GetEnvironmentVariable("BRIEFING_CACHE") is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "briefinggen")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "briefinggen");

    private string Modules => Path.Combine(projectRoot, "node_modules");

    /// <summary>
    /// tools/subset-fonts.js as the tool carries it (an embedded resource), written once beside the
    /// cache under its hash: it runs for any project folder, with that project's node_modules.
    /// </summary>
    private string Script()
    {
        using var resource = typeof(FontSubsetter).Assembly.GetManifestResourceStream("subset-fonts.js")!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        var bytes = copy.ToArray();
        var path = Path.Combine(Path.GetDirectoryName(cacheFolder)!, $"subset-fonts.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]}.js");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    /// <summary>Where the subset of <paramref name="source"/> to the code points is (or will be) cached.</summary>
    public string PathFor(string source, IReadOnlyCollection<int> codePoints)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(SourceHash(source) + "\n" + string.Join(',', codePoints.Order())));
        return Path.Combine(cacheFolder, Convert.ToHexStringLower(hash.GetHashAndReset())[..32] + ".woff2");
    }

    /// <summary>Makes every subset not yet in the cache, in one run of the subsetter.</summary>
    public void Ensure(IEnumerable<(FontFace Face, IReadOnlyCollection<int> CodePoints)> subsets)
    {
        var jobs = subsets
            .Select(s => (Source: s.Face.File, s.CodePoints, Output: PathFor(s.Face.File, s.CodePoints)))
            .Where(j => !File.Exists(j.Output))
            .DistinctBy(j => j.Output)
            .Select(j => new { source = j.Source, codePoints = j.CodePoints.Order().ToArray(), output = j.Output })
            .ToList();
        if (jobs.Count == 0)
        {
            return;
        }

        if (!File.Exists(Path.Combine(Modules, "subset-font", "package.json")))
        {
            throw new BuildFailedException(Errors.SubsetterMissing(Path.Combine(Modules, "subset-font")));
        }

        var script = Script();

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = projectRoot,
        };
        start.ArgumentList.Add(script);
        // The script lies outside the project: node finds subset-font through NODE_PATH.
        start.Environment["NODE_PATH"] = Modules;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            throw new BuildFailedException(Errors.SubsetterMissing("node"));
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(new { jobs }));
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0 || jobs.Any(j => !File.Exists(j.output)))
            {
                throw new BuildFailedException(Errors.SubsetterFailed(script, process.ExitCode, error.Result.Trim() + output.Result.Trim()));
            }
        }
    }

    // A font of the pinned packages is hashed once a process; its path, size and time say when it changed.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, long, DateTime), string> SourceHashes = new();

    private static string SourceHash(string source)
    {
        var info = new FileInfo(source);
        return SourceHashes.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc), _ =>
        {
            using var stream = File.OpenRead(source);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        });
    }
}
