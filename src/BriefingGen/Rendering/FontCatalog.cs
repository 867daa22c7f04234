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

    // Full-width punctuation is compressed where two marks meet (。」 ，「 ）、) by the browser's
    // text-spacing-trim, which uses a face's halt feature and first reads, from the face's own
    // glyphs of 。，：；, how it sets its stops. The packages' numbered files scatter the marks over
    // eight of them, so a face holding 》 has no 。 to read and leaves 》， uncompressed. Each body and
    // heading face therefore lends its marks from its one whole Simplified Chinese file as a family
    // of their own ('Noto Serif SC Punctuation'), which theme.css puts first in the Chinese stacks.
    // The Kai stack takes the Song face's marks too: LXGW WenKai has no halt feature.
    private static readonly (string Package, string Css, string Family)[] PunctuationStylesheets =
    [
        ("noto-serif-sc", "chinese-simplified-400.css", "Noto Serif SC Punctuation"),
        ("noto-serif-sc", "chinese-simplified-700.css", "Noto Serif SC Punctuation"),
        ("noto-sans-sc", "chinese-simplified-400.css", "Noto Sans SC Punctuation"),
        ("noto-sans-sc", "chinese-simplified-700.css", "Noto Sans SC Punctuation"),
    ];

    /// <summary>
    /// The full-width marks text-spacing-trim compresses: quotation marks, 、。, the brackets of
    /// U+3008–301B and the full-width ！（），．：；？［］｛｝.
    /// </summary>
    private static readonly (int First, int Last)[] Punctuation =
    [
        (0x2018, 0x2019), (0x201C, 0x201D), (0x3001, 0x3002), (0x3008, 0x3011), (0x3014, 0x301B),
        (0xFF01, 0xFF01), (0xFF08, 0xFF09), (0xFF0C, 0xFF0C), (0xFF0E, 0xFF0E), (0xFF1A, 0xFF1B),
        (0xFF1F, 0xFF1F), (0xFF3B, 0xFF3B), (0xFF3D, 0xFF3D), (0xFF5B, 0xFF5B), (0xFF5D, 0xFF5D),
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

        foreach (var (package, css, family) in PunctuationStylesheets)
        {
            var path = Path.Combine(fontsourceFolder, package, css);
            if (!File.Exists(path))
            {
                throw new BuildFailedException(Errors.FontsMissing(fontsourceFolder));
            }

            faces.AddRange(Parse(File.ReadAllText(path), Path.Combine(fontsourceFolder, package))
                .Select(face => face with { Family = family, Ranges = Punctuation }));
        }

        return new FontCatalog(faces);
    }

    /// <summary>The faces that cover at least one of the characters.</summary>
    public IReadOnlyList<FontFace> FacesFor(IReadOnlySet<int> codePoints) =>
        Faces.Where(face => codePoints.Any(face.Covers)).ToList();

    /// <summary>Whether the family only lends its punctuation to the stacks, and is no face an office chooses.</summary>
    public static bool IsPunctuation(string family) => PunctuationStylesheets.Any(p => p.Family == family);

    /// <summary>A stylesheet of @font-face rules for the faces, each file at the URL <paramref name="url"/> gives it.</summary>
    /// <remarks>
    /// Every Chinese face is given the body face's ascent and descent, so that a line of 楷体 or 黑体
    /// has its baseline where a line of 宋体 of the same height has it and stays on the page's grid
    /// (LXGW WenKai's own metrics put it 1.5 pt higher in a 16 pt line).
    /// </remarks>
    /// <param name="faces">The faces, with the ranges of the files they come from.</param>
    /// <param name="url">Each face's file.</param>
    /// <param name="written">The unicode-range each rule says, when not its face's (a subset's own characters).</param>
    public static string Stylesheet(IEnumerable<FontFace> faces, Func<FontFace, string> url, Func<FontFace, IEnumerable<(int First, int Last)>>? written = null)
    {
        var css = new StringBuilder();
        var list = faces.ToList();
        var body = list.FirstOrDefault(f => f.Family == HanBody && f.Style == "normal") is { } reference ? Metrics(reference) : null;
        var chinese = list.Where(f => f.Ranges.Any(r => r.First <= HanLast && r.Last >= HanFirst)).Select(f => f.Family).ToHashSet(StringComparer.Ordinal);
        foreach (var face in list)
        {
            var ranges = string.Join(",", (written?.Invoke(face) ?? face.Ranges).Select(r => r.First == r.Last ? $"U+{r.First:X}" : $"U+{r.First:X}-{r.Last:X}"));
            var metrics = body is not null && face.Family != HanBody && chinese.Contains(face.Family) ? body : null;
            Rule(css, face, face.Family, ranges, url(face), metrics);
        }

        return css.ToString();
    }

    private const string HanBody = "Noto Serif SC";
    private const int HanFirst = 0x4E00;
    private const int HanLast = 0x9FFF;

    private static void Rule(StringBuilder css, FontFace face, string family, string ranges, string url, string? metrics) =>
        css.Append(CultureInfo.InvariantCulture, $$"""
            @font-face {
              font-family: '{{family}}';
              font-style: {{face.Style}};
              font-weight: {{face.Weight}};
              font-display: block;
              src: url({{url}}) format('woff2');
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
