using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Rendering.Hyphenation;

/// <summary>
/// Puts soft hyphens (U+00AD) into the English words of a rendered document, where the patterns allow
/// a break: headless Chromium on Linux has no hyphenation dictionary, so `hyphens: auto` breaks
/// nothing, while a soft hyphen is a break it always honours (and draws a hyphen only when it breaks).
/// Headings, the document's head, charts and URLs are left whole; so are names and abbreviations.
/// </summary>
internal sealed partial class SoftHyphens(Hyphenator hyphenator)
{
    public const char SoftHyphen = '\u00AD';

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    // Never broken: the head (title, styles), headings (and so the PDF outline built from them), drawn charts, code.
    private static readonly HashSet<string> Whole = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "svg", "h1", "h2", "h3", "h4", "h5", "h6", "code",
    };

    /// <summary>The document with soft hyphens in the text of every element whose language is English.</summary>
    public string Apply(string html)
    {
        var output = new StringBuilder(html.Length + html.Length / 20);
        var open = new List<(string Name, string? Lang, bool Whole)>();
        var at = 0;
        while (at < html.Length)
        {
            var tag = html.IndexOf('<', at);
            var text = tag < 0 ? html[at..] : html[at..tag];
            output.Append(InEnglish(open) ? Hyphenate(text) : text);
            if (tag < 0)
            {
                break;
            }

            var end = html.IndexOf('>', tag);
            end = end < 0 ? html.Length - 1 : end;
            var markup = html[tag..(end + 1)];
            output.Append(markup);
            Track(markup, open);
            at = end + 1;
        }

        return output.ToString();
    }

    private static bool InEnglish(List<(string Name, string? Lang, bool Whole)> open)
    {
        if (open.Any(element => element.Whole))
        {
            return false;
        }

        var lang = open.LastOrDefault(element => element.Lang is not null).Lang;
        return lang is not null && (lang == "en" || lang.StartsWith("en-", StringComparison.OrdinalIgnoreCase));
    }

    private static void Track(string markup, List<(string Name, string? Lang, bool Whole)> open)
    {
        if (markup.StartsWith("<!", StringComparison.Ordinal) || markup.StartsWith("<?", StringComparison.Ordinal))
        {
            return;
        }

        var name = TagName().Match(markup);
        if (!name.Success)
        {
            return;
        }

        var tagName = name.Groups[2].Value;
        if (name.Groups[1].Value == "/")
        {
            var index = open.FindLastIndex(element => string.Equals(element.Name, tagName, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                open.RemoveRange(index, open.Count - index);
            }

            return;
        }

        if (Void.Contains(tagName) || markup.EndsWith("/>", StringComparison.Ordinal))
        {
            return;
        }

        var lang = LangAttribute().Match(markup);
        var whole = Whole.Contains(tagName) || WholeClass().IsMatch(markup);
        open.Add((tagName, lang.Success ? lang.Groups[1].Value : null, whole));
    }

    private string Hyphenate(string text) =>
        Token().Replace(text, token => token.Value.Contains('/') || token.Value.Contains('@') || token.Value.Contains("www.", StringComparison.Ordinal)
            ? token.Value
            : Word().Replace(token.Value, Insert));

    private string Insert(Match word)
    {
        var value = word.Value;
        if (value[0] == '&')
        {
            return value;
        }

        // Names and abbreviations (Jinan, CPPCC) are not broken, as a careful compositor would not.
        if (char.IsUpper(value[0]))
        {
            return value;
        }

        // Not inside an f-ligature (ff, fi, fl): the shaper joins the letters across an unbroken soft
        // hyphen into one glyph, which Chromium's PDF can then not map back to its letters.
        var breaks = hyphenator.Breaks(value).Where(i => !(value[i - 1] == 'f' && value[i] is 'f' or 'i' or 'l')).ToList();
        if (breaks.Count == 0)
        {
            return value;
        }

        var result = new StringBuilder(value.Length + breaks.Count);
        var from = 0;
        foreach (var position in breaks)
        {
            result.Append(value, from, position - from).Append(SoftHyphen);
            from = position;
        }

        return result.Append(value, from, value.Length - from).ToString();
    }

    [GeneratedRegex(@"^<(/?)([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\slang=""([^""]*)""")]
    private static partial Regex LangAttribute();

    // A URL, a card's value and a figure (in prose and in the key figures' value cells) are read whole,
    // as the data writes them: the text layer holds "up 3.3 percentage points", never "per-centage".
    // A key figure's label cell is hyphenated: its column is narrow, and a long word in it
    // ("telecommunications") would otherwise break with no hyphen.
    [GeneratedRegex(@"\sclass=""(?:[^""]*\s)?(?:url|card-value|figure)(?:\s[^""]*)?""")]
    private static partial Regex WholeClass();

    // A run of text between spaces: a URL or an address in it is left whole.
    [GeneratedRegex(@"[^\s]+")]
    private static partial Regex Token();

    // An entity (&amp;, &#39;) is matched whole, so that its letters are never taken for a word.
    [GeneratedRegex(@"&[#A-Za-z0-9]+;|[A-Za-z]+")]
    private static partial Regex Word();
}
