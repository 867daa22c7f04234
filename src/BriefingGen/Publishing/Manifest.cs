using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingGen.Publishing;

/// <summary>One output file and its checksum, as manifest.json lists it.</summary>
internal sealed record ManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>manifest.json: every file of a briefing's output with its sha256, sorted, with no timestamp.</summary>
internal static class Manifest
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Build(string briefingId, DateOnly date, string folder)
    {
        var entries = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Entry(folder, file))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var manifest = new { id = briefingId, date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), files = entries };
        return JsonSerializer.Serialize(manifest, Options) + "\n";
    }

    private static ManifestEntry Entry(string folder, string file)
    {
        using var stream = File.OpenRead(file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new ManifestEntry(Path.GetRelativePath(folder, file).Replace('\\', '/'), stream.Length, hash);
    }
}
