using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Localization;

/// <summary>
/// The file name of each series' page, out/series/&lt;slug&gt;.html: made of lower-case letters,
/// digits and hyphens only, whatever the series' name holds, so that no name can reach outside the
/// folder or into the HTML. A series is its name in both languages.
/// </summary>
internal static partial class SeriesSlugs
{
    private const int MaxLength = 60;

    /// <summary>
    /// The slug of each series: its English name's, when no other series of the site has the same
    /// one; else, for every series sharing it, that slug and a hash of the series' two names. A
    /// series' page keeps its address from build to build, whatever other series come and go,
    /// until another series is given the same English slug.
    /// </summary>
    public static IReadOnlyDictionary<(string Zh, string En), string> For(IEnumerable<(string Zh, string En)> series)
    {
        var distinct = series.Distinct()
            .OrderBy(s => s.En, StringComparer.Ordinal)
            .ThenBy(s => s.Zh, StringComparer.Ordinal)
            .ToList();
        var stems = distinct.GroupBy(s => Stem(s.En)).ToDictionary(g => g.Key, g => g.Count());
        var slugs = new Dictionary<(string Zh, string En), string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var one in distinct)
        {
            var stem = Stem(one.En);
            var slug = stems[stem] == 1 ? stem : $"{stem}-{Hash(one)}";
            // A name may itself end in what looks like another's hash ("x 1a2b3c4d"): still one page each.
            for (var n = 2; !taken.Add(slug); n++)
            {
                slug = $"{(stems[stem] == 1 ? stem : $"{stem}-{Hash(one)}")}-{n}";
            }

            slugs[one] = slug;
        }

        return slugs;
    }

    /// <summary>The English name reduced to a-z, 0-9 and single hyphens; "series" when nothing is left.</summary>
    public static string Stem(string english)
    {
        var slug = NotSlugCharacters().Replace(english.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "series" : slug;
    }

    // Eight hex digits of SHA-256 over both names: the same series always gets the same ones.
    private static string Hash((string Zh, string En) series) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(series.Zh + "\n" + series.En)))[..8];

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugCharacters();
}
