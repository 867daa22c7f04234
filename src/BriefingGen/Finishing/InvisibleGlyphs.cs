using System.Globalization;
using System.Text;

namespace BriefingGen.Finishing;

/// <summary>
/// Takes out of the text what Chromium paints for characters that have no glyph: an unbroken soft
/// hyphen, a word joiner, a zero-width space. Skia draws each as the font's space glyph with no
/// advance, inside a span whose /ActualText is the character, so PdfPig (which reads glyphs through
/// ToUnicode) copies a space into the word ("in dustry") and pdftotext (which reads /ActualText)
/// copies U+00AD. The glyph paints nothing and, since Chromium places every glyph by its own Td from
/// the line's origin, dropping it moves nothing; a span that also holds visible text keeps its glyphs
/// and loses only the invisible characters from its /ActualText.
/// </summary>
internal static class InvisibleGlyphs
{
    private const string Prefix = "<</ActualText <";

    public static List<ContentOperation> Drop(IReadOnlyList<ContentOperation> operations)
    {
        var kept = new List<ContentOperation>(operations.Count);
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            if (ActualText(operation) is not { } text || text.Length == 0 || !text.Any(IsInvisible))
            {
                kept.Add(operation);
                continue;
            }

            var visible = string.Concat(text.Where(c => !IsInvisible(c)));
            var end = MatchingEnd(operations, i);
            if (visible.Length > 0 || end < 0 || !OnlyGlyphsAndPositions(operations, i + 1, end))
            {
                kept.Add(visible.Length > 0 ? ContentOperation.Of("BDC", "/Span", $"{Prefix}{Hex(visible)}> >>") : operation);
                continue;
            }

            // The span shows only invisible characters: keep where it moves the text, not what it paints.
            kept.AddRange(operations.Skip(i + 1).Take(end - i - 1).Where(o => o.Operator is not ("Tj" or "TJ")));
            i = end;
        }

        return kept;
    }

    /// <summary>Default-ignorable characters that Chromium writes as a glyph: soft hyphen, zero-width spaces and joiners, BOM.</summary>
    private static bool IsInvisible(char c) => c is '\u00AD' or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    /// <summary>The text of a `/Span &lt;&lt;/ActualText &lt;feff…&gt;&gt;&gt; BDC` as Skia writes it (UTF-16BE in hex), or null.</summary>
    private static string? ActualText(ContentOperation operation)
    {
        if (operation.Operator != "BDC" || operation.Operands.Count != 2 || operation.Operands[0] != "/Span"
            || !operation.Operands[1].StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hex = operation.Operands[1][Prefix.Length..];
        var close = hex.IndexOf('>', StringComparison.Ordinal);
        if (close < 0 || close % 4 != 0 || !hex[..close].All(char.IsAsciiHexDigit)
            || hex[close..].Replace(" ", "", StringComparison.Ordinal) != ">>>")
        {
            return null;
        }

        var units = Enumerable.Range(0, close / 4)
            .Select(k => (char)int.Parse(hex.AsSpan(k * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        var text = new string(units.ToArray());
        return text.StartsWith('\uFEFF') ? text[1..] : null;
    }

    private static string Hex(string text)
    {
        var hex = new StringBuilder("feff");
        foreach (var c in text)
        {
            hex.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    private static int MatchingEnd(IReadOnlyList<ContentOperation> operations, int start)
    {
        var depth = 0;
        for (var i = start; i < operations.Count; i++)
        {
            depth += operations[i].Operator switch { "BMC" or "BDC" => 1, "EMC" => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // What Chromium writes inside such a span: the font, a move and a glyph. Anything else (a path,
    // a colour, another span) is left as it is.
    private static bool OnlyGlyphsAndPositions(IReadOnlyList<ContentOperation> operations, int from, int to) =>
        operations.Skip(from).Take(to - from).All(o => o.Operator is "Tf" or "Tc" or "Tw" or "Tz" or "TL" or "Ts" or "Td" or "TD" or "Tm" or "T*" or "Tj" or "TJ");
}
