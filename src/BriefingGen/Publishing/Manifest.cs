using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;

namespace BriefingGen.Publishing;

/// <summary>One output file and its checksum, as manifest.json lists it.</summary>
internal sealed record ManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256)
{
    /// <summary>
    /// For a file carried over from an earlier build (a PDF that this build, of other formats or
    /// editions, did not make): the inputs fingerprint of the build that made it; absent for the
    /// files made from the manifest's own inputs.
    /// </summary>
    [JsonPropertyName("inputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Inputs { get; init; }
}

/// <summary>A text in both languages, as manifest.json holds it.</summary>
internal sealed record ManifestText(
    [property: JsonPropertyName("zh")] string Zh,
    [property: JsonPropertyName("en")] string En);

/// <summary>manifest.json's content: what the briefing is, and every file with its sha256.</summary>
internal sealed record ManifestContent(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("issue")] int Issue,
    [property: JsonPropertyName("series")] ManifestText Series,
    [property: JsonPropertyName("title")] ManifestText Title,
    [property: JsonPropertyName("files")] IReadOnlyList<ManifestEntry> Files)
{
    /// <summary>The fingerprint of what the files were made from (see Cli.BuildInputs); absent in older manifests.</summary>
    [JsonPropertyName("inputs")]
    public string? Inputs { get; init; }

    // The archive's fields come after the files, so that a manifest's lines for its files stay where
    // older manifests have them; each is absent in manifests written before the archive needed it.

    /// <summary>The summary as plain text, for the front page, the series pages and the feed.</summary>
    [JsonPropertyName("summary")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ManifestText? Summary { get; init; }

    /// <summary>The issuing office, the feed's author.</summary>
    [JsonPropertyName("office")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ManifestText? Office { get; init; }

    /// <summary>The site's address (office.yaml's site_url), for the feed's absolute links.</summary>
    [JsonPropertyName("site_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SiteUrl { get; init; }
}

/// <summary>
/// manifest.json: every file of a briefing's output with its sha256, sorted, with no timestamp; and
/// the briefing's series, issue, date and title, from which the site's front page lists it.
/// </summary>
internal static class Manifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The manifest of the files in <paramref name="folder"/>, made from <paramref name="inputs"/>; those
    /// named in <paramref name="madeFrom"/> were carried over from a build of other inputs, which each names.
    /// The site's shared assets that its page uses are listed too, by their path from the folder
    /// (../assets/…), so that every check of the manifest covers them.
    /// </summary>
    public static string Build(PublishedBriefing briefing, string folder, string? inputs = null, IReadOnlyDictionary<string, string?>? madeFrom = null, IReadOnlyList<ManifestEntry>? shared = null)
    {
        var entries = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Entry(folder, file))
            .Select(e => madeFrom is not null && madeFrom.TryGetValue(e.Path, out var from) ? e with { Inputs = from } : e)
            .Concat(shared ?? [])
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var content = new ManifestContent(
            briefing.Id,
            briefing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            briefing.Issue,
            new ManifestText(briefing.SeriesZh, briefing.SeriesEn),
            new ManifestText(briefing.TitleZh, briefing.TitleEn),
            entries)
        {
            Inputs = inputs,
            Summary = briefing.Summary is { } summary ? new ManifestText(summary.Zh, summary.En) : null,
            Office = briefing.Office is { } office ? new ManifestText(office.Zh, office.En) : null,
            SiteUrl = briefing.SiteUrl,
        };
        return JsonSerializer.Serialize(content, Options) + "\n";
    }

    /// <summary>
    /// Whether the briefing's published outputs were made from these inputs and are all still there,
    /// each of its recorded size: then a build may leave them as they are.
    /// </summary>
    public static bool IsCurrent(string folder, string inputs)
    {
        try
        {
            var content = JsonSerializer.Deserialize<ManifestContent>(File.ReadAllText(Path.Combine(folder, FileName)), Options);
            return content is not null && content.Inputs == inputs && content.Files.All(f =>
                new FileInfo(Path.Combine(folder, f.Path)) is { Exists: true } info && info.Length == f.Bytes);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Every briefing published in the output folder, from &lt;out&gt;/&lt;id&gt;/manifest.json; unreadable ones
    /// are skipped. Only that one level is read: a search below it could walk a whole file system. A
    /// briefing whose files are not all there as its manifest lists them (size and sha256) is left out,
    /// with a warning naming the file, when <paramref name="warnings"/> is given.
    /// </summary>
    public static IReadOnlyList<PublishedBriefing> ReadAll(string outputRoot, DiagnosticBag? warnings = null)
    {
        var briefings = new List<PublishedBriefing>();
        var manifests = Directory.EnumerateDirectories(outputRoot)
            .Where(folder => !Path.GetFileName(folder).StartsWith('.'))
            .Select(folder => Path.Combine(folder, FileName))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
        foreach (var path in manifests)
        {
            try
            {
                var text = File.ReadAllText(path);
                var content = JsonSerializer.Deserialize<ManifestContent>(text, Options);
                if (content is not null && DateOnly.TryParseExact(content.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    && (warnings is null || AllThere(path, text, content, warnings)))
                {
                    briefings.Add(new PublishedBriefing(
                        content.Id, date, content.Issue, content.Series.Zh, content.Series.En, content.Title.Zh, content.Title.En,
                        content.Files.Select(f => f.Path).ToList())
                    {
                        Sizes = content.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal),
                        Summary = content.Summary is { } summary ? (summary.Zh, summary.En) : null,
                        Office = content.Office is { } office ? (office.Zh, office.En) : null,
                        SiteUrl = content.SiteUrl,
                    });
                }
            }
            catch (JsonException)
            {
                // A manifest from an older version or edited by hand: that folder is left off the front page.
            }
        }

        return briefings;
    }

    /// <summary>Whether every file the manifest lists is beside it, of its size and sha256; the first that is not is warned of.</summary>
    private static bool AllThere(string manifestFile, string text, ManifestContent content, DiagnosticBag warnings)
    {
        var folder = Path.GetDirectoryName(manifestFile)!;
        var place = ManifestLines.Of(DisplayPaths.For(manifestFile), text);
        foreach (var entry in content.Files)
        {
            var file = Path.Combine(folder, entry.Path);
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                warnings.Add(Warnings.PublishedFileMissing(place(entry.Path), DisplayPaths.For(file), content.Id));
                return false;
            }

            if (info.Length != entry.Bytes || Entry(folder, file).Sha256 != entry.Sha256)
            {
                warnings.Add(Warnings.PublishedFileChanged(place(entry.Path), DisplayPaths.For(file), content.Id));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The inputs fingerprint each of the files was made from, as the manifest in <paramref name="folder"/>
    /// says: a file's own, if it was itself carried over, else the manifest's; null where it does not say.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> MadeFrom(string folder, IReadOnlyList<string> files)
    {
        ManifestContent? content = null;
        try
        {
            content = Parse(File.ReadAllText(Path.Combine(folder, FileName)));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // No manifest to say it (written by an older version, or by hand): the files are carried all the same.
        }

        return files.ToDictionary(
            file => file,
            file => content?.Files.FirstOrDefault(f => f.Path == file) is { } entry ? entry.Inputs ?? content.Inputs : null,
            StringComparer.Ordinal);
    }

    /// <summary>A manifest's content as written; a JsonException says where it is not one.</summary>
    public static ManifestContent? Parse(string json) => JsonSerializer.Deserialize<ManifestContent>(json, Options);

    /// <summary>The sha256 of a file, in lower-case hexadecimal, as a manifest lists it.</summary>
    public static string Sha256(string file) => Hash(file);

    // Fonts are hashed once a process: they are linked, unchanged, into every build (see HardLink).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, long, DateTime), string> FontHashes = new();

    private static ManifestEntry Entry(string folder, string file)
    {
        var info = new FileInfo(file);
        var path = Path.GetRelativePath(folder, file).Replace('\\', '/');
        var hash = info.Extension == ".woff2"
            ? FontHashes.GetOrAdd((info.Name, info.Length, info.LastWriteTimeUtc), _ => Hash(file))
            : Hash(file);
        return new ManifestEntry(path, info.Length, hash);
    }

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
