using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Model;

/// <summary>A link or image written in prose: its URL as Markdown reads it, and where it starts in the text.</summary>
internal sealed record ProseLink(string Url, bool IsImage, int Offset);

/// <summary>
/// The Markdown that prose may hold, parsed the same way by the checker and the renderer, so that
/// what check lets through is what the renderer sees.
/// </summary>
internal static class ProseMarkdown
{
    /// <summary>Raw HTML off; precise spans, so that a link's problem is reported at its column.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();

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
