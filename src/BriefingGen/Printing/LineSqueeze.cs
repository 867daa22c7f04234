using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Finishing;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// 挤进 of a single line: when tightening a whole paragraph (LooseLines) cannot pull back what a loose
/// line missed without a 29th character fitting the grid's other lines, that one line is set tighter.
/// The unit that went to the next line (a figure with its comma, 65.9%，) is measured on the PDF against
/// the room justification spread over the line, and the line's characters with that unit are wrapped in
/// a span whose letter-spacing takes back the difference, no more (at most a tenth of an em a character).
/// </summary>
/// <remarks>
/// The page runs no JavaScript, so the paragraph is rewritten through the DevTools DOM domain: its
/// markup is rebuilt from the DOM tree with the span around the line's text, inside each text node
/// (note marks and figure spans are left whole), and set with DOM.setOuterHTML.
/// </remarks>
internal static partial class LineSqueeze
{
    private const double PixelsPerPoint = 96.0 / 72;

    /// <summary>The most a character gives up: beyond it the squeeze shows as a crowded line.</summary>
    private const double MostEm = 0.1;

    /// <summary>What the squeeze takes beyond the measured difference: rounding, and the letter-spacing after the unit's last character.</summary>
    private const double MarginEm = 0.15;

    private const string Opening = "（〔［｛《〈「『【“‘";

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The PDF printed again while a loose line could be squeezed (twice at most: a squeeze moves the paragraph's later breaks); the PDF as it was when none can.</summary>
    /// <remarks>The first round's loose lines are measured by the caller, on the print it has read.</remarks>
    public static async Task<byte[]> SqueezeAsync(IPage page, byte[] pdf, IReadOnlyList<(TextLine Line, TextLine Next)> loose, Func<Task<byte[]>> print, CancellationToken cancellation)
    {
        for (var round = 0; round < 2; round++)
        {
            if (round > 0)
            {
                using var parsed = new ParsedPdf(pdf);
                loose = Preflight.LooseLineGeometry(parsed);
            }

            if (loose.Count == 0)
            {
                return pdf;
            }

            await page.Client.SendAsync("DOM.enable").WaitAsync(cancellation);
            await page.Client.SendAsync("CSS.enable").WaitAsync(cancellation);
            var document = await page.Client.SendAsync<JsonElement>("DOM.getDocument", new { depth = -1 }).WaitAsync(cancellation);
            var paragraphs = new List<JsonElement>();
            Collect(document.GetProperty("root"), paragraphs);

            // One line a paragraph a round: the rewritten paragraph is a new node, and its later lines move.
            var rewritten = new HashSet<int>();
            foreach (var (line, next) in loose)
            {
                if (Unit(next) is not { } found || found.Text.Length == 0)
                {
                    continue;
                }

                var (unit, unitWidth) = found;

                var key = Normal(line.Text) + unit;
                foreach (var paragraph in paragraphs)
                {
                    var node = paragraph.GetProperty("nodeId").GetInt32();
                    if (rewritten.Contains(node) || Locate(paragraph, key) is not { } range)
                    {
                        continue;
                    }

                    var (first, last) = range;

                    var spacing = await LetterSpacingAsync(page, node, cancellation);
                    var text = RawText(paragraph);
                    var characters = text[first..(last + 1)].Count(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format);
                    var need = unitWidth - Slack(line, spacing / PixelsPerPoint) + (MarginEm * line.Size);
                    var less = need * PixelsPerPoint / characters;
                    if (less <= 0 || less > MostEm * line.Size * PixelsPerPoint)
                    {
                        break;
                    }

                    var style = string.Create(CultureInfo.InvariantCulture, $"letter-spacing: {spacing - less:0.###}px");
                    var html = new StringBuilder();
                    var offset = 0;
                    Serialize(paragraph, first, last, style, html, ref offset);
                    await page.Client.SendAsync("DOM.setOuterHTML", new { nodeId = node, outerHTML = html.ToString() }).WaitAsync(cancellation);
                    rewritten.Add(node);
                    break;
                }
            }

            if (rewritten.Count == 0)
            {
                return pdf;
            }

            pdf = await print().WaitAsync(cancellation);
        }

        return pdf;
    }

    /// <summary>
    /// What the next line starts with that cannot part: its first character and what may not be set apart
    /// from it (digits and letters, note marks, closing punctuation) up to the next Han character or
    /// opening mark; its text without note marks, and its width in points.
    /// </summary>
    private static (string Text, double Width)? Unit(TextLine next)
    {
        var letters = next.Letters;
        if (letters.Count == 0)
        {
            return null;
        }

        var end = 1;
        while (end < letters.Count && !Stretch.Han(letters[end]) && !Opening.Contains(letters[end].Value, StringComparison.Ordinal))
        {
            end++;
        }

        var text = string.Concat(letters.Take(end).Select(l => l.Value));
        return (Normal(text), letters[end - 1].EndBaseLine.X - letters[0].StartBaseLine.X);
    }

    /// <summary>The room justification added to the line: each gap between its letters beyond the letter-spacing.</summary>
    private static double Slack(TextLine line, double spacing)
    {
        var slack = 0.0;
        for (var i = 0; i + 1 < line.Letters.Count; i++)
        {
            var gap = line.Letters[i + 1].StartBaseLine.X - line.Letters[i].EndBaseLine.X;
            slack += Math.Clamp(gap - spacing, 0, 0.5 * line.Size);
        }

        return slack;
    }

    private static async Task<double> LetterSpacingAsync(IPage page, int node, CancellationToken cancellation)
    {
        var style = await page.Client.SendAsync<JsonElement>("CSS.getComputedStyleForNode", new { nodeId = node }).WaitAsync(cancellation);
        foreach (var property in style.GetProperty("computedStyle").EnumerateArray())
        {
            if (property.GetProperty("name").GetString() == "letter-spacing"
                && property.GetProperty("value").GetString() is { } value && value.EndsWith("px", StringComparison.Ordinal))
            {
                return double.Parse(value[..^2], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>Where the key's first and last characters are in the paragraph's text, as PdfPig's text compares with it (Normal).</summary>
    private static (int First, int Last)? Locate(JsonElement paragraph, string key)
    {
        var text = RawText(paragraph);
        var kept = Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i]) && text[i] != '\u2060').ToList();
        var visible = string.Concat(kept.Select(i => text[i]));
        var marks = PrintedText.NoteMark().Matches(visible).SelectMany(m => Enumerable.Range(m.Index, m.Length)).ToHashSet();
        var positions = Enumerable.Range(0, visible.Length).Where(i => !marks.Contains(i)).Select(i => kept[i]).ToList();
        var normal = string.Concat(positions.Select(i => text[i]));
        var at = normal.IndexOf(key, StringComparison.Ordinal);
        if (at < 0 || normal.IndexOf(key, at + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return (positions[at], positions[at + key.Length - 1]);
    }

    /// <summary>The justified blocks (paragraphs and list items) under the node.</summary>
    private static void Collect(JsonElement node, List<JsonElement> paragraphs)
    {
        if (node.GetProperty("nodeName").GetString() is "P" or "LI")
        {
            paragraphs.Add(node);
            return;
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, paragraphs);
            }
        }
    }

    private static string RawText(JsonElement node)
    {
        var text = new StringBuilder();
        void Walk(JsonElement n)
        {
            if (n.GetProperty("nodeType").GetInt32() == 3)
            {
                text.Append(n.GetProperty("nodeValue").GetString());
            }

            if (n.TryGetProperty("children", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }

        Walk(node);
        return text.ToString();
    }

    /// <summary>The node's markup, with the text from first to last (offsets into its text) in spans of the style, one inside each text node.</summary>
    private static void Serialize(JsonElement node, int first, int last, string style, StringBuilder html, ref int offset)
    {
        switch (node.GetProperty("nodeType").GetInt32())
        {
            case 3:
                var value = node.GetProperty("nodeValue").GetString() ?? "";
                var from = Math.Clamp(first - offset, 0, value.Length);
                var to = Math.Clamp(last + 1 - offset, 0, value.Length);
                html.Append(Escape(value[..from]));
                if (to > from)
                {
                    html.Append("<span style=\"").Append(style).Append("\">").Append(Escape(value[from..to])).Append("</span>");
                }

                html.Append(Escape(value[Math.Max(from, to)..]));
                offset += value.Length;
                return;
            case 1:
                var name = node.GetProperty("localName").GetString()!;
                html.Append('<').Append(name);
                if (node.TryGetProperty("attributes", out var attributes))
                {
                    var pairs = attributes.EnumerateArray().Select(a => a.GetString() ?? "").ToList();
                    for (var i = 0; i + 1 < pairs.Count; i += 2)
                    {
                        html.Append(' ').Append(pairs[i]).Append("=\"").Append(Escape(pairs[i + 1]).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
                    }
                }

                html.Append('>');
                if (VoidElements.Contains(name))
                {
                    return;
                }

                if (node.TryGetProperty("children", out var children))
                {
                    foreach (var child in children.EnumerateArray())
                    {
                        Serialize(child, first, last, style, html, ref offset);
                    }
                }

                html.Append("</").Append(name).Append('>');
                return;
            default:
                // Comments and the like carry no text to set.
                return;
        }
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Text without what the PDF and the page write differently: spaces, word joiners, note marks.</summary>
    private static string Normal(string text) => PrintedText.Normal(text);

}
