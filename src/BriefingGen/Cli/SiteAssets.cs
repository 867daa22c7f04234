using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>A page's assets/: the stylesheets, and only the font files whose characters its documents use.</summary>
internal static class SiteAssets
{
    // Text that stylesheets generate (page numbers, running heads) rather than the documents hold.
    private static readonly string GeneratedText = "— 0123456789 Page of ，、——" + new string(Enumerable.Range(0x20, 0x5F).Select(c => (char)c).ToArray());

    /// <summary>Stylesheets, and the font files whose characters the documents use, then the office's own faces (by name).</summary>
    public static void Write(string templates, StagingFolder staging, FontCatalog fonts, IEnumerable<string> documents, string localFaces)
    {
        foreach (var css in Directory.EnumerateFiles(Path.Combine(templates, "css"), "*.css"))
        {
            staging.Write(Path.Combine("assets", Path.GetFileName(css)), File.ReadAllBytes(css));
        }

        var faces = fonts.FacesFor(CodePoints(documents));
        staging.Write(Path.Combine("assets", "fonts.css"), FontCatalog.Stylesheet(faces, face => $"fonts/{Path.GetFileName(face.File)}") + localFaces);
        foreach (var face in faces)
        {
            staging.Link(Path.Combine("assets", "fonts", Path.GetFileName(face.File)), face.File);
        }
    }

    /// <summary>
    /// The @font-face rules of the fonts whose characters the print documents use, naming the
    /// project's own font files (Edition.FontsStylesheet), then the office's own faces.
    /// </summary>
    public static string PrintFonts(FontCatalog fonts, IEnumerable<string> documents, string localFaces) =>
        FontCatalog.Stylesheet(fonts.FacesFor(CodePoints(documents)), face => new Uri(face.File).AbsoluteUri) + localFaces;

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
