using System.Text.RegularExpressions;

namespace BriefingGen.Model;

/// <summary>
/// What an id may be. Ids end up in file names, URLs and HTML attributes, so they are kept to
/// characters that need no escaping in any of them.
/// </summary>
internal static partial class Ids
{
    /// <summary>A briefing's id, its folder's name: lower-case letters, digits and hyphens (jinan-digital-city).</summary>
    public static bool IsBriefingId(string id) => BriefingIdPattern().IsMatch(id);

    /// <summary>An id inside the data: lower-case letters, digits and _ (ccid_rank_2021), as references in prose and the schemas read them.</summary>
    public static bool IsDataId(string id) => DataIdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex BriefingIdPattern();

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex DataIdPattern();
}
