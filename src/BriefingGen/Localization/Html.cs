using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>The one place where text becomes HTML.</summary>
internal static class Html
{
    /// <summary>Escapes the five characters that matter; everything else stays readable in the output.</summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    public static Pair Escape(string zh, string en) => new(Escape(zh), Escape(en));

    // U+2060 WORD JOINER: a note mark never starts a line, away from the word it marks (中文排版：
    // 注码不居行首). The joiner prints nothing and is not copied as text.
    //
    // Each view of the intranet page (#zh, #en, #both) is the URL's target, so a link must point into
    // its own view for the view to survive it (see screen.css). A mark's link points to its source's
    // target in the mark's language: the list item for Chinese, the item's English text (lang="en", so
    // the English view) for English. Its hidden twin points to the source's target for the bilingual
    // view, and screen.css shows the twin in that view instead. A first mark carries the id the
    // source's back-link returns to; a Chinese one also the bilingual view's.

    /// <summary>A note mark for source <paramref name="number"/> in text of the language; <paramref name="first"/> for the mark a back-link returns to.</summary>
    public static string NoteMark(int number, Language language, bool first = false)
    {
        var view = language == Language.Zh ? "zh" : "en";
        var id = first ? $" id=\"{CiteId(number, view)}\"" : "";
        var bothTarget = first && language == Language.Zh ? $"<span class=\"view-both\" id=\"{CiteId(number, "both")}\"></span>" : "";
        return $"\u2060<sup class=\"note\"{id}>{bothTarget}<a href=\"#{SourceId(number, view)}\">[{number}]</a>"
            + $"<a class=\"in-both\" href=\"#{SourceId(number, "both")}\" hidden>[{number}]</a></sup>";
    }

    /// <summary>The id of source <paramref name="number"/>'s target for a view ("zh", "en", "both"): the list item itself for Chinese.</summary>
    public static string SourceId(int number, string view) => view == "zh" ? $"source-{number}" : $"source-{number}-{view}";

    /// <summary>The id of the first mark citing source <paramref name="number"/>, for a view's back-link.</summary>
    public static string CiteId(int number, string view) => $"cite-{view}-{number}";

    /// <summary>A figure, kept whole: no autospace inside 5.2万 or 第8位 (see base.css).</summary>
    public static string Figure(string text)
    {
        // Autospace only separates Han from Latin letters and digits; a figure without Han needs no care.
        if (text.Length < 2 || !text.Any(c => c >= '\u2E80'))
        {
            return $"<span class=\"figure\">{Escape(text)}</span>";
        }

        var first = char.IsSurrogatePair(text, 0) ? 2 : 1;
        return $"<span class=\"figure\">{Escape(text[..first])}<span class=\"tight\">{Escape(text[first..])}</span></span>";
    }
}
