using System.Security.Cryptography;
using System.Text;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>
/// The fingerprint of everything a briefing's outputs are made from: its own files (not its approved
/// snapshots), the office's settings, the templates and stylesheets, the fonts (the project's pinned
/// packages and the office's own files it names), the tool itself, and what was asked (editions,
/// formats, press). Outputs whose manifest records the same fingerprint need not be made again.
/// </summary>
internal sealed class BuildInputs(ProjectPaths paths, BuildOptions options, LocalFonts local)
{
    private readonly Lazy<byte[]> _shared = new(() => Shared(paths, options));

    /// <summary>The sha256 of the briefing's inputs, in lower-case hexadecimal.</summary>
    public string Of(Briefing briefing)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(briefing.Location.File))!;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared.Value);
        AddFolder(hash, folder, skip: Verifying.SnapshotSet.FolderName);
        AddFile(hash, OfficeReader.PathFor(folder));
        // The office's fonts by where they are and when they last changed: a licensed font is large.
        foreach (var face in briefing.Fonts.SelectMany(c => c.Families).SelectMany(local.Faces).OrderBy(f => f.File, StringComparer.Ordinal))
        {
            var info = new FileInfo(face.File);
            Add(hash, $"font {face.File} {(info.Exists ? info.Length : -1)} {(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What every briefing of the build shares: the tool, the templates, the pinned fonts and the options.</summary>
    private static byte[] Shared(ProjectPaths paths, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddFile(hash, typeof(BuildInputs).Assembly.Location);
        AddFolder(hash, paths.Templates, skip: null);
        // The fonts are pinned by the lock file npm wrote when it installed them.
        AddFile(hash, Path.Combine(paths.Root, "node_modules", ".package-lock.json"));
        Add(hash, $"editions {string.Join(',', options.Editions.Select(e => e.Code))} pdf {options.Pdf} html {options.Html} press {options.Press}");
        return hash.GetHashAndReset();
    }

    private static void AddFolder(IncrementalHash hash, string folder, string? skip)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => skip is null || !Path.GetRelativePath(folder, f).StartsWith(skip + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(hash, "file " + Path.GetRelativePath(folder, file));
            AddFile(hash, file);
        }
    }

    private static void AddFile(IncrementalHash hash, string file)
    {
        if (!File.Exists(file))
        {
            Add(hash, "absent");
            return;
        }

        using var stream = File.OpenRead(file);
        Add(hash, $"bytes {stream.Length}");
        hash.AppendData(SHA256.HashData(stream));
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
}
