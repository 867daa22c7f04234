using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace BriefingGen.Publishing;

/// <summary>
/// One file of the site's shared out/assets/ (a stylesheet, a font subset), named by the hash of its
/// bytes: a name fixes its content, so browsers may cache it for ever and any build may add it.
/// </summary>
internal sealed partial record SiteAsset(string Name, byte[] Bytes)
{
    /// <summary>The folder beside the briefings that holds every shared asset.</summary>
    public const string Folder = Model.SiteFolders.Assets;

    /// <summary>
    /// The asset for the bytes, named <paramref name="stem"/>.&lt;first 12 hex digits of sha256&gt;<paramref name="extension"/>
    /// in <paramref name="subfolder"/> (with '/', or "" for none).
    /// </summary>
    public static SiteAsset Of(string subfolder, string stem, string extension, byte[] bytes) =>
        new($"{subfolder}{(subfolder.Length > 0 ? "/" : "")}{stem}.{HashOf(bytes)}{extension}", bytes);

    /// <summary>The sha256 of the bytes in lower-case hexadecimal, as manifests list it.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>Its path as a briefing's manifest lists it, relative to out/&lt;id&gt;/.</summary>
    public string FromBriefing => $"../{Folder}/{Name}";

    /// <summary>Its entry in the manifest of a briefing whose page uses it: path, size and sha256, without its bytes.</summary>
    public ManifestEntry Listed => new(FromBriefing, Bytes.Length, Sha256);

    /// <summary>Whether <paramref name="name"/> (a path under assets/) is a hashed name whose hash is that of the bytes.</summary>
    public static bool NameMatches(string name, ReadOnlySpan<byte> bytes) =>
        Hashed().Match(Path.GetFileName(name)) is { Success: true } match && match.Groups["hash"].Value == HashOf(bytes);

    private static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    [GeneratedRegex(@"^[^/]+\.(?<hash>[0-9a-f]{12})\.[a-z0-9]+$")]
    private static partial Regex Hashed();
}
