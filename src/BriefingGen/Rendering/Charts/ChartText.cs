using System.Globalization;
using System.Net;
using System.Text;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>
/// Labels in an SVG, which does not wrap text by itself: widths estimated on the generous side
/// (a Han character is one em, a Latin letter at most about 0.6 em), lines broken between words
/// in English and between characters in Chinese, each line escaped.
/// </summary>
internal static class ChartText
{
    /// <summary>How wide a line of plain text is set, in drawing units, at a font size; bold is about 5% wider.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += rune.Value switch
            {
                >= 0x2E80 => 1.0,
                ' ' => 0.3,
                >= 'A' and <= 'Z' or 'm' or 'w' or '%' => 0.72,
                '.' or ',' or ':' or ';' or 'i' or 'l' or 'j' or 't' or 'f' or '\'' or '’' => 0.32,
                _ => 0.58,
            };
        }

        return ems * fontSize * (bold ? 1.05 : 1);
    }

    /// <summary>An escaped HTML label broken into plain lines no wider than the width.</summary>
    public static IReadOnlyList<string> Wrap(string html, double width, double fontSize, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var token in Tokens(WebUtility.HtmlDecode(html)))
        {
            var tried = line.ToString() + token;
            if (line.Length > 0 && Width(tried.TrimEnd(), fontSize, bold) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                if (token == " ")
                {
                    continue;
                }
            }

            line.Append(token);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>A text element of one or more lines, each line a tspan; the lines are escaped here.</summary>
    public static void Lines(StringBuilder svg, double x, double firstBaseline, IReadOnlyList<string> lines, double lineHeight, string attributes)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x)}\" y=\"{Svg.N(firstBaseline)}\" {attributes}>");
        // One line needs no tspan: the text element alone, as a label that fits has always been written.
        if (lines.Count == 1)
        {
            svg.Append(Html.Escape(lines[0])).Append("</text>");
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{Svg.N(x)}\" dy=\"{(i == 0 ? "0" : Svg.N(lineHeight))}\">{Html.Escape(lines[i])}</tspan>");
        }

        svg.Append("</text>");
    }

    // A run of Latin letters and digits stays whole (45.5, trillion, 2024–2025); every other
    // character, a space or a Han character, stands alone, so a line may break after it.
    private static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var joins = rune.Value < 0x2E80 && rune.Value != ' ';
            if (joins)
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            yield return rune.ToString();
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
