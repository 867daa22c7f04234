using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Verifying;

/// <summary>The intranet page as it is snapshotted: the same on every system, so that only a real change shows.</summary>
internal static partial class SitePage
{
    /// <summary>
    /// One kind of line end, no trailing spaces, one final line end; and each shared asset linked by
    /// its name without its content hash (../assets/screen.css): a stylesheet or a font cut to other
    /// characters is not a change of the page, whose words and markup the snapshot holds.
    /// </summary>
    public static string Normalize(string html)
    {
        var text = new StringBuilder();
        foreach (var line in AssetHash().Replace(html, "").ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            text.Append(line.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    // A shared asset's name is its own with the first 12 hex digits of its sha256 before the extension (Publishing.SiteAsset).
    [GeneratedRegex("""(?<=href="[^"]*assets/[^"]*)\.[0-9a-f]{12}(?=\.[a-z0-9]+")""")]
    private static partial Regex AssetHash();
}
