using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;

namespace BriefingGen.Rendering;

/// <summary>
/// The @fontsource packages' faces, read from their CSS. The packages split each font into many
/// small files by Unicode range; a document ships and embeds only the files its characters need.
/// </summary>
internal sealed partial class FontCatalog
{
    // Package folder and stylesheet of each face the templates use (see templates/css/theme.css).
    private static readonly (string Package, string Css)[] Stylesheets =
    [
        ("noto-serif-sc", "400.css"),
        ("noto-serif-sc", "700.css"),
        ("noto-sans-sc", "400.css"),
        ("noto-sans-sc", "700.css"),
        ("lxgw-wenkai", "index.css"),
        ("noto-serif", "400.css"),
        ("noto-serif", "400-italic.css"),
        ("noto-serif", "700.css"),
        ("noto-sans", "400.css"),
        ("noto-sans", "700.css"),
    ];

    private FontCatalog(IReadOnlyList<FontFace> faces) => Faces = faces;

    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>Reads the faces from node_modules/@fontsource; reports how to install them when missing.</summary>
    public static FontCatalog Load(string fontsourceFolder) =>
        // The packages are pinned and not edited: read once a process (watch rebuilds often).
        Loaded.GetOrAdd(Path.GetFullPath(fontsourceFolder), Read);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FontCatalog> Loaded = new(StringComparer.Ordinal);

    private static FontCatalog Read(string fontsourceFolder)
    {
        var faces = new List<FontFace>();
        foreach (var (package, css) in Stylesheets)
        {
            var path = Path.Combine(fontsourceFolder, package, css);
            if (!File.Exists(path))
            {
                throw new BuildFailedException(Errors.FontsMissing(fontsourceFolder));
            }

            faces.AddRange(Parse(File.ReadAllText(path), Path.Combine(fontsourceFolder, package)));
        }

        return new FontCatalog(faces);
    }

    /// <summary>The faces that cover at least one of the characters.</summary>
    public IReadOnlyList<FontFace> FacesFor(IReadOnlySet<int> codePoints) =>
        Faces.Where(face => codePoints.Any(face.Covers)).ToList();

    /// <summary>
    /// A stylesheet of @font-face rules for the faces, pointing at <paramref name="folder"/>. It also
    /// names the full-width quotation marks of Noto Serif SC as the family 'Chinese Quotes': LXGW
    /// WenKai's own marks are narrow, so theme.css puts that family before it.
    /// </summary>
    /// <remarks>
    /// Every Chinese face is given the body face's ascent and descent, so that a line of 楷体 or 黑体
    /// has its baseline where a line of 宋体 of the same height has it and stays on the page's grid
    /// (LXGW WenKai's own metrics put it 1.5 pt higher in a 16 pt line).
    /// </remarks>
    public static string Stylesheet(IEnumerable<FontFace> faces, string folder)
    {
        var css = new StringBuilder();
        var list = faces.ToList();
        var body = list.FirstOrDefault(f => f.Family == HanBody && f.Style == "normal") is { } reference ? Metrics(reference) : null;
        var chinese = list.Where(f => f.Ranges.Any(r => r.First <= HanLast && r.Last >= HanFirst)).Select(f => f.Family).ToHashSet(StringComparer.Ordinal);
        foreach (var face in list)
        {
            var ranges = string.Join(",", face.Ranges.Select(r => r.First == r.Last ? $"U+{r.First:X}" : $"U+{r.First:X}-{r.Last:X}"));
            var metrics = body is not null && face.Family != HanBody && chinese.Contains(face.Family) ? body : null;
            Rule(css, face, face.Family, ranges, folder, metrics);
            if (face is { Family: HanBody, Style: "normal" } && face.Covers(LeftDoubleQuote))
            {
                Rule(css, face, "Chinese Quotes", "U+2018-2019,U+201C-201D", folder, null);
            }
        }

        return css.ToString();
    }

    private const string HanBody = "Noto Serif SC";
    private const int LeftDoubleQuote = 0x201C;
    private const int HanFirst = 0x4E00;
    private const int HanLast = 0x9FFF;

    private static void Rule(StringBuilder css, FontFace face, string family, string ranges, string folder, string? metrics) =>
        css.Append(CultureInfo.InvariantCulture, $$"""
            @font-face {
              font-family: '{{family}}';
              font-style: {{face.Style}};
              font-weight: {{face.Weight}};
              font-display: block;
              src: url({{folder}}/{{Path.GetFileName(face.File)}}) format('woff2');
              unicode-range: {{ranges}};{{metrics}}
            }

            """);

    /// <summary>The face's hhea ascent and descent (what Chromium sets lines by on Linux) as CSS overrides; null when unreadable.</summary>
    private static string? Metrics(FontFace face)
    {
        try
        {
            var woff = File.ReadAllBytes(Path.ChangeExtension(face.File, ".woff"));
            if (CharacterSet.WoffTable(woff, 0x68656164) is not { } head || CharacterSet.WoffTable(woff, 0x68686561) is not { } hhea)
            {
                return null;
            }

            double unitsPerEm = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
            var ascent = System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(4)) / unitsPerEm;
            var descent = -System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(6)) / unitsPerEm;
            return string.Create(CultureInfo.InvariantCulture, $"\n  ascent-override: {100 * ascent:0.##}%;\n  descent-override: {100 * descent:0.##}%;");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static IEnumerable<FontFace> Parse(string css, string packageFolder)
    {
        foreach (Match block in FaceBlock().Matches(css))
        {
            var body = block.Groups[1].Value;
            string Field(string name) => Regex.Match(body, name + @"\s*:\s*([^;]+);").Groups[1].Value.Trim();
            var file = Regex.Match(body, @"url\(\.?/?([^)]+\.woff2)\)").Groups[1].Value;
            var ranges = Field("unicode-range").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(ParseRange)
                .ToList();
            yield return new FontFace(
                Field("font-family").Trim('\'', '"'),
                Field("font-style"),
                int.Parse(Field("font-weight"), CultureInfo.InvariantCulture),
                Path.Combine(packageFolder, file),
                ranges.Count > 0 ? ranges : [(0, 0x10FFFF)]);
        }
    }

    private static (int, int) ParseRange(string range)
    {
        var hex = range[2..];
        var dash = hex.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? (Hex(hex), Hex(hex))
            : (Hex(hex[..dash]), Hex(hex[(dash + 1)..]));

        static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"@font-face\s*\{([^}]*)\}")]
    private static partial Regex FaceBlock();
}
