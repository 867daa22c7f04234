using System.Buffers.Binary;
using System.IO.Compression;
using BriefingGen.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Finishing;

/// <summary>
/// The fonts as a print shop checks them: each embedded (an error if not), none of Type 3 (an error:
/// bitmaps or unhinted procedures), and a name whose weight word (ExtraLight, Thin, Bold…) agrees with
/// the weight the font program declares in its OS/2 table, or its descriptor's /FontWeight.
/// </summary>
internal static class FontCheck
{
    // Longest first, so that "ExtraLight" is read as one word and not as "Light".
    private static readonly (string Word, int Weight)[] WeightWords =
    [
        ("ExtraLight", 200), ("UltraLight", 200), ("ExtraBold", 800), ("UltraBold", 800), ("SemiBold", 600), ("DemiBold", 600),
        ("Regular", 400), ("Medium", 500), ("Normal", 400), ("Light", 300), ("Black", 900), ("Heavy", 900), ("Thin", 100), ("Bold", 700),
    ];

    public static void Run(IEnumerable<IndirectReference> objects, IPdfTokenScanner scanner, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var fonts = Fonts(objects, scanner).ToList();
        var misnamed = new List<string>();
        foreach (var font in fonts)
        {
            if (font.Subtype == "Type3")
            {
                findings.Add(new(DiagnosticSeverity.Error, PreflightCheck.FontEmbedding, 0, new(
                    $"the font '{font.Name}' is a Type 3 font, which print shops reject; use a TrueType font",
                    $"字体“{font.Name}”是 Type 3 字体，印刷厂不接受；请使用 TrueType 字体")));
            }
            else if (!font.Embedded)
            {
                findings.Add(new(DiagnosticSeverity.Error, PreflightCheck.FontEmbedding, 0, new(
                    $"the font '{font.Name}' is not embedded; the printer would substitute another font",
                    $"字体“{font.Name}”未嵌入，印刷时会被替换为其他字体")));
            }

            if (font.Weight is { } weight && NamedWeights(font.Name).Where(w => w.Weight != weight).Select(w => w.Word).FirstOrDefault() is { } word)
            {
                misnamed.Add($"{font.Name} ({word}, {weight})");
            }
        }

        if (misnamed.Count > 0)
        {
            var examples = string.Join(", ", misnamed.Distinct().Take(3));
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.FontName, 0, new(
                $"{misnamed.Count} of {fonts.Count} fonts have a name whose weight word contradicts their real weight, which a prepress check reads as the wrong weight: {examples}",
                $"{fonts.Count} 个字体中有 {misnamed.Count} 个的名称所含字重与实际字重不符，印前检查会误判字重：{examples}")));
        }

        var types = string.Join(", ", fonts.GroupBy(f => f.Subtype).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var unembedded = fonts.Count(f => !f.Embedded && f.Subtype != "Type3");
        figures.Add(new(new("fonts (by type)", "字体（按类型）"), fonts.Count == 0 ? "0" : types, new("all CIDFontType2/TrueType", "全部为 CIDFontType2/TrueType")));
        figures.Add(new(new("fonts not embedded", "未嵌入的字体"), $"{unembedded}", new("0", "0")));
        figures.Add(new(new("font names contradicting their weight", "名称与字重不符的字体"), $"{misnamed.Count}", new("0", "0")));
    }

    /// <summary>The weight words a font's name holds, after its subset tag (ABCDEF+).</summary>
    public static IEnumerable<(string Word, int Weight)> NamedWeights(string name)
    {
        var rest = name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..];
        foreach (var (word, weight) in WeightWords)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                yield return (word, weight);
                rest = rest.Replace(word, "|", StringComparison.Ordinal);
            }
        }
    }

    private sealed record FontObject(string Name, string Subtype, bool Embedded, int? Weight);

    private static IEnumerable<FontObject> Fonts(IEnumerable<IndirectReference> objects, IPdfTokenScanner scanner)
    {
        foreach (var reference in objects)
        {
            if (scanner.Get(reference)?.Data is not DictionaryToken font
                || !(font.TryGet(NameToken.Type, scanner, out NameToken? type) && type.Data == "Font")
                || (font.TryGet(NameToken.Subtype, scanner, out NameToken? sub) && sub.Data.StartsWith("CIDFont", StringComparison.Ordinal)))
            {
                continue;
            }

            var name = font.TryGet(NameToken.BaseFont, scanner, out NameToken? baseFont) ? baseFont.Data : "(no name)";
            var subtype = font.TryGet(NameToken.Subtype, scanner, out NameToken? st) ? st.Data : "?";
            var described = font;
            if (subtype == "Type0" && font.TryGet(NameToken.DescendantFonts, scanner, out ArrayToken? descendants)
                && Resolve(descendants.Data[0], scanner) is DictionaryToken descendant)
            {
                described = descendant;
                subtype = descendant.TryGet(NameToken.Subtype, scanner, out NameToken? cid) ? cid.Data : subtype;
            }

            int? weight = null;
            var embedded = false;
            if (described.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor))
            {
                embedded = descriptor.ContainsKey(NameToken.FontFile) || descriptor.ContainsKey(NameToken.FontFile2) || descriptor.ContainsKey(NameToken.FontFile3);
                weight = descriptor.TryGet(NameToken.FontFile2, scanner, out StreamToken? program) ? Os2Weight(program) : null;
                if (weight is null && descriptor.TryGet(NameToken.Create("FontWeight"), scanner, out NumericToken? declared))
                {
                    weight = declared.Int;
                }
            }

            yield return new FontObject(name, subtype, embedded, weight);
        }
    }

    /// <summary>usWeightClass from the TrueType program's OS/2 table, or null when it has none or cannot be read.</summary>
    public static int? Os2Weight(StreamToken program)
    {
        try
        {
            var bytes = Decoded(program);
            var tables = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
            for (var i = 0; i < tables; i++)
            {
                var entry = 12 + (16 * i);
                if (bytes.AsSpan(entry, 4).SequenceEqual("OS/2"u8))
                {
                    var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(entry + 8));
                    return BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset + 4));
                }
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidDataException or IndexOutOfRangeException)
        {
            // A font program the preflight cannot read says nothing of its weight; the descriptor may.
        }

        return null;
    }

    private static byte[] Decoded(StreamToken stream)
    {
        var data = stream.Data.ToArray();
        var filter = stream.StreamDictionary.TryGet<NameToken>(NameToken.Filter, out var name) ? name.Data : null;
        if (filter != "FlateDecode")
        {
            return data;
        }

        using var inflater = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflater.CopyTo(output);
        return output.ToArray();
    }

    private static IToken? Resolve(IToken token, IPdfTokenScanner scanner) =>
        token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;
}
