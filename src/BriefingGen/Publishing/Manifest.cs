using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingGen.Model;

namespace BriefingGen.Publishing;

/// <summary>One output file and its checksum, as manifest.json lists it.</summary>
internal sealed record ManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256);

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

    public static string Build(PublishedBriefing briefing, string folder, string? inputs = null)
    {
        var entries = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Entry(folder, file))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var content = new ManifestContent(
            briefing.Id,
            briefing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            briefing.Issue,
            new ManifestText(briefing.SeriesZh, briefing.SeriesEn),
            new ManifestText(briefing.TitleZh, briefing.TitleEn),
            entries)
        { Inputs = inputs };
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
    /// are skipped. Only that one level is read: a search below it could walk a whole file system.
    /// </summary>
    public static IReadOnlyList<PublishedBriefing> ReadAll(string outputRoot)
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
                var content = JsonSerializer.Deserialize<ManifestContent>(File.ReadAllText(path), Options);
                if (content is not null && DateOnly.TryParseExact(content.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    briefings.Add(new PublishedBriefing(
                        content.Id, date, content.Issue, content.Series.Zh, content.Series.En, content.Title.Zh, content.Title.En,
                        content.Files.Select(f => f.Path).ToList()));
                }
            }
            catch (JsonException)
            {
                // A manifest from an older version or edited by hand: that folder is left off the front page.
            }
        }

        return briefings;
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
