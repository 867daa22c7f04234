using System.Text;

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
    public static string NoteMark(int number, string? id = null) =>
        id is null
            ? $"\u2060<sup class=\"note\"><a href=\"#source-{number}\">[{number}]</a></sup>"
            : $"\u2060<sup class=\"note\" id=\"{id}\"><a href=\"#source-{number}\">[{number}]</a></sup>";

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
