using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Model;

/// <summary>A link or image written in prose: its URL as Markdown reads it, and where it starts in the text.</summary>
internal sealed record ProseLink(string Url, bool IsImage, int Offset);

/// <summary>
/// How prose is read as Markdown, in one place for the renderer and the checks: what the checks
/// see is then what is printed (a character reference such as &amp;#27; is printed as ESC).
/// </summary>
internal static class ProseMarkdown
{
    /// <summary>
    /// Inline Markdown with raw HTML disabled: markup in the data is printed as text. Precise
    /// source locations give each inline its place in the prose (it changes nothing printed).
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();

    /// <summary>The prose as one Markdown paragraph; null when it parses as anything else (a list, a heading …), which is printed as typed.</summary>
    public static MarkdownDocument? Paragraph(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        return document.Count == 1 && document[0] is ParagraphBlock ? document : null;
    }

    /// <summary>
    /// The character references (&amp;#x202E;, &amp;rlm;, &amp;#0; …) that Markdown decodes in the printed text
    /// of this prose, in order. References inside a code span or after a backslash are printed as
    /// typed, so are not among them. Braces (the fact references) are not Markdown syntax, so
    /// reading the prose as written finds the same ones as reading what the renderer reads.
    /// </summary>
    public static IReadOnlyList<CharacterReference> CharacterReferences(string prose)
    {
        if (!prose.Contains('&', StringComparison.Ordinal) || Paragraph(prose) is not { } document)
        {
            return [];
        }

        return document.Descendants<HtmlEntityInline>()
            .Select(entity => new CharacterReference(entity.Span.Start, prose.Substring(entity.Span.Start, entity.Span.Length), entity.Transcoded.ToString()))
            .ToList();
    }

    /// <summary>The prose with each character reference replaced by what it prints.</summary>
    public static string Printed(string prose)
    {
        var references = CharacterReferences(prose);
        if (references.Count == 0)
        {
            return prose;
        }

        var printed = new System.Text.StringBuilder(prose.Length);
        var at = 0;
        foreach (var reference in references)
        {
            printed.Append(prose, at, reference.Start - at).Append(reference.Printed);
            at = reference.Start + reference.Written.Length;
        }

        return printed.Append(prose, at, prose.Length - at).ToString();
    }

    /// <summary>Every link of every Markdown form (inline, reference, autolink) and every image in the text.</summary>
    public static IEnumerable<ProseLink> Links(string prose)
    {
        var document = Markdown.Parse(prose, Pipeline);
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link:
                    yield return new ProseLink(link.Url ?? "", link.IsImage, link.Span.Start);
                    break;
                case AutolinkInline autolink:
                    yield return new ProseLink(AutolinkUrl(autolink), false, autolink.Span.Start);
                    break;
            }
        }
    }

    /// <summary>The URL an autolink points to: an e-mail address becomes a mailto link, as Markdig renders it.</summary>
    public static string AutolinkUrl(AutolinkInline autolink) => autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
}
