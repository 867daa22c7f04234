using System.Text;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>
/// A site page's shared assets: the screen stylesheets, and a fonts.css whose faces are the web fonts
/// cut down to the page's own characters, each named by its content under out/assets/. A page's
/// assets depend only on that page, so a briefing's output depends only on its own inputs; pages
/// whose assets are equal share the very files.
/// </summary>
internal static class SiteAssets
{
    // Text that stylesheets generate (page numbers, running heads) rather than the documents hold,
    // and the hyphen (U+2010) a browser draws where it breaks an English word at a soft hyphen.
    private static readonly string GeneratedText = "— 0123456789 Page of ，、——\u2010" + new string(Enumerable.Range(0x20, 0x5F).Select(c => (char)c).ToArray());

    // The page is rendered before its characters, and so its fonts.css, are known; its link is then
    // this name, replaced by the hashed one (every character of a link is in GeneratedText already).
    private const string FontsPlaceholder = "fonts.css";

    /// <summary>The links a site page is rendered with (<paramref name="prefix"/> reaches assets/ from the page), and the stylesheets they name.</summary>
    public static (PageLinks Links, IReadOnlyList<SiteAsset> Sheets) Links(string templates, string prefix)
    {
        var sheets = Edition.Site.Stylesheets
            .Select(name => SiteAsset.Of("", Path.GetFileNameWithoutExtension(name), ".css", File.ReadAllBytes(Path.Combine(templates, "css", name))))
            .ToList();
        return (new PageLinks(prefix + FontsPlaceholder, sheets.Select(s => prefix + s.Name).ToList()), sheets);
    }

    /// <summary>Writes the print editions' stylesheets into the staging folder, where their links find them.</summary>
    public static void WritePrintStylesheets(string templates, StagingFolder staging)
    {
        foreach (var css in Directory.EnumerateFiles(Path.Combine(templates, "css"), "*.css"))
        {
            staging.Write(Path.Combine(Edition.PrintStylesheets, Path.GetFileName(css)), File.ReadAllBytes(css));
        }
    }

    /// <summary>The font subsets the page needs: each face that covers some of its characters, cut to those.</summary>
    public static IEnumerable<(FontFace Face, IReadOnlyCollection<int> CodePoints)> Subsets(FontCatalog fonts, string html)
    {
        var codePoints = CodePoints([html]);
        return fonts.FacesFor(codePoints).Select(face => (face, (IReadOnlyCollection<int>)codePoints.Where(face.Covers).ToList()));
    }

    /// <summary>
    /// The page with its fonts.css link, and every shared asset it uses: its stylesheets, its fonts.css
    /// and the subsets that names (made by <paramref name="subsetter"/>.Ensure before), then the office's own faces.
    /// </summary>
    public static (string Html, IReadOnlyList<SiteAsset> Assets) Finish(
        string html, IReadOnlyList<SiteAsset> sheets, FontCatalog fonts, FontSubsetter subsetter, string localFaces, string prefix)
    {
        var (fontsCss, assets) = Fonts(html, sheets, fonts, subsetter, localFaces);
        return (Linked(html, prefix, fontsCss), assets);
    }

    /// <summary>
    /// The fonts.css for the characters of <paramref name="text"/>, and every shared asset a page of
    /// that text uses: the stylesheets, the fonts.css and the subsets it names, then the office's own faces.
    /// </summary>
    public static (SiteAsset FontsCss, IReadOnlyList<SiteAsset> Assets) Fonts(
        string text, IReadOnlyList<SiteAsset> sheets, FontCatalog fonts, FontSubsetter subsetter, string localFaces)
    {
        var subsets = new Dictionary<FontFace, (SiteAsset Asset, IReadOnlyCollection<int> CodePoints)>();
        foreach (var (face, codePoints) in Subsets(fonts, text))
        {
            var bytes = File.ReadAllBytes(subsetter.PathFor(face.File, codePoints));
            subsets[face] = (SiteAsset.Of("fonts", Path.GetFileNameWithoutExtension(face.File), ".woff2", bytes), codePoints);
        }

        // A stylesheet's url() is relative to it, and fonts.css lies in assets/ beside fonts/. Each
        // rule's unicode-range is its subset's own characters, a few runs instead of the hundreds of
        // the package file's: the browser still fetches only the faces of text it shows.
        var css = FontCatalog.Stylesheet(subsets.Keys, face => subsets[face].Asset.Name, face => Runs(subsets[face].CodePoints)) + localFaces;
        var fontsCss = SiteAsset.Of("", "fonts", ".css", Encoding.UTF8.GetBytes(css));
        return (fontsCss, [.. sheets, fontsCss, .. subsets.Values.Select(s => s.Asset).OrderBy(a => a.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The page, rendered with the fonts.css placeholder, linking <paramref name="fontsCss"/> instead.</summary>
    public static string Linked(string html, string prefix, SiteAsset fontsCss) =>
        html.Replace($"href=\"{prefix}{FontsPlaceholder}\"", $"href=\"{prefix}{fontsCss.Name}\"", StringComparison.Ordinal);

    /// <summary>The code points as runs of consecutive ones, in order.</summary>
    private static List<(int First, int Last)> Runs(IReadOnlyCollection<int> codePoints)
    {
        var runs = new List<(int First, int Last)>();
        foreach (var c in codePoints.Order())
        {
            if (runs.Count > 0 && runs[^1].Last == c - 1)
            {
                runs[^1] = (runs[^1].First, c);
            }
            else
            {
                runs.Add((c, c));
            }
        }

        return runs;
    }

    /// <summary>
    /// The @font-face rules of the print documents' fonts (Edition.PrintFontsName), each naming its
    /// subset where <paramref name="subsetter"/> keeps it (made by Ensure before), then the office's own faces.
    /// </summary>
    public static string PrintFonts(IReadOnlyList<(FontFace Face, IReadOnlyCollection<int> CodePoints)> subsets, FontSubsetter subsetter, string localFaces)
    {
        var points = subsets.ToDictionary(s => s.Face, s => s.CodePoints);
        return FontCatalog.Stylesheet(points.Keys, face => new Uri(subsetter.PathFor(face.File, points[face])).AbsoluteUri, face => Runs(points[face])) + localFaces;
    }

    private static HashSet<int> CodePoints(IEnumerable<string> documents)
    {
        var codePoints = new HashSet<int>();
        foreach (var text in documents.Append(GeneratedText))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                codePoints.Add(rune.Value);
            }
        }

        return codePoints;
    }
}
