using System.Text.RegularExpressions;

namespace BriefingGen.Localization;

/// <summary>
/// The page's anchors for headings, facts and charts, made from what the data names them by, never
/// from where they are written, so that a link someone sent keeps working when a line is added above.
/// Each kind has its own prefix: no data id can then collide with the page's own ids (#en, #sources).
/// </summary>
internal sealed partial class Anchors
{
    private readonly HashSet<string> _charts = new(StringComparer.Ordinal);

    /// <summary>A section's anchor, from its id (a data id: lower-case letters, digits and _, checked when loaded).</summary>
    public static string Section(string id) => "section-" + Id(id);

    /// <summary>A fact's anchor (its row in the key-figures table), from its id.</summary>
    public static string Fact(string id) => "fact-" + Id(id);

    /// <summary>
    /// A chart's anchor, without its language: charts have no id, so it is a slug of the English
    /// title; the second chart of the page with the same slug gets -2, the third -3, in reading order.
    /// </summary>
    public string Chart(string englishTitle)
    {
        var slug = NotIdCharacters().Replace(englishTitle.ToLowerInvariant(), "-").Trim('-');
        var stem = "chart-" + (slug.Length == 0 ? "untitled" : slug);
        var anchor = stem;
        // Counted against every anchor made so far, not per stem: a title ending in " 2" must not
        // take the -2 of another chart's twin.
        for (var n = 2; !_charts.Add(anchor); n++)
        {
            anchor = $"{stem}-{n}";
        }

        return anchor;
    }

    // Data ids are checked when loaded; this keeps the anchor safe in HTML even if one were not.
    private static string Id(string id) => NotIdCharacters().Replace(id.ToLowerInvariant(), "_");

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
