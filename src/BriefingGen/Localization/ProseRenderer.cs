using System.Globalization;
using System.Text;
using BriefingGen.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingGen.Localization;

/// <summary>
/// Turns prose into HTML for one language: inline Markdown is rendered with raw HTML disabled,
/// and each reference becomes the fact's figure, followed by a note to its source.
/// </summary>
internal sealed class ProseRenderer(FactValues facts, NoteNumbers notes)
{
    // Private-use characters mark where references go; Markdig passes them through untouched.
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    /// <summary>Renders one paragraph; a source is marked once a paragraph, after its first figure.</summary>
    public string Render(string prose, Language language, ISet<string>? citedInParagraph = null, bool withNotes = true)
    {
        var cited = citedInParagraph ?? new HashSet<string>(StringComparer.Ordinal);
        var markdown = new StringBuilder();
        var replacements = new List<string>();
        foreach (var segment in Prose.Parse(prose))
        {
            if (segment is ProseText text)
            {
                markdown.Append(text.Text);
                continue;
            }

            markdown.Append(Open).Append(replacements.Count.ToString(CultureInfo.InvariantCulture)).Append(Close);
            replacements.Add(segment switch
            {
                FactReference reference => withNotes ? Figure(reference, language, cited) : Html.Figure(FigureText(reference, language)),
                SourceCitation citation => withNotes ? Cite(citation.SourceId, language, cited) : "",
                // As written: escaped here, after Markdown, so that nothing in it is read as Markdown.
                TextMention mention => Html.Escape(mention.Text),
                _ when MentionText(segment, language) is { } mention => Html.Figure(mention),
                _ => "",
            });
        }

        var html = InlineHtml(markdown.ToString(), language);
        for (var i = 0; i < replacements.Count; i++)
        {
            html = html.Replace($"{Open}{i.ToString(CultureInfo.InvariantCulture)}{Close}", replacements[i], StringComparison.Ordinal);
        }

        return html;
    }

    /// <summary>Plain text of a heading, for the document title and bookmarks.</summary>
    public string PlainText(string prose, Language language)
    {
        var text = new StringBuilder();
        foreach (var segment in Prose.Parse(prose))
        {
            text.Append(segment switch
            {
                ProseText literal => RangeDash.Apply(literal.Text, language),
                FactReference reference => FigureText(reference, language),
                TextMention mention => mention.Text,
                _ => MentionText(segment, language) ?? "",
            });
        }

        return text.ToString();
    }

    private string Figure(FactReference reference, Language language, ISet<string> cited)
    {
        var html = Html.Figure(FigureText(reference, language));
        var fact = facts[reference.FactId];
        var source = reference.Member switch
        {
            FactMember.Value => fact.Source.Id,
            FactMember.Target => fact.TargetSource.Id,
            _ => null,
        };
        return source is null ? html : html + Cite(source, language, cited);
    }

    private string FigureText(FactReference reference, Language language)
    {
        var fact = facts[reference.FactId];
        switch (reference.Member)
        {
            case FactMember.Period:
                return DateFormat.Period(fact.Period!, language);
            case FactMember.By:
                return DateFormat.Deadline(fact.Target!.By!.Value, language);
        }

        var target = reference.Member == FactMember.Target ? fact.Target : null;
        var quantity = target?.Quantity ?? facts.QuantityOf(fact)!;
        var qualifier = target?.Qualifier ?? fact.Value!.Qualifier;
        return reference.Style switch
        {
            FigureStyle.Number => FigureFormat.Number(quantity, qualifier, language),
            // A place in words is an ordinal: 第二 / second, never 第两 / two.
            FigureStyle.Words when fact.Kind == FactKind.Rank => FigureFormat.Qualify(NumberWords.Ordinal(quantity.Value, language), qualifier, language),
            FigureStyle.Words => FigureFormat.Qualify(NumberWords.Cardinal(quantity.Value, language), qualifier, language),
            FigureStyle.Ordinal => FigureFormat.Qualify(NumberWords.Ordinal(quantity.Value, language), qualifier, language),
            _ => target is null ? FigureFormat.Value(fact, quantity, language) : FigureFormat.TargetValue(fact, target, language),
        };
    }

    /// <summary>A date or a period named in prose; the checker has refused those that name none.</summary>
    private static string? MentionText(ProseSegment segment, Language language) => segment switch
    {
        DateMention { Date: { } date } => DateFormat.Date(date, language),
        PeriodMention { Period: { } period } => DateFormat.Period(period, language),
        _ => null,
    };

    private string Cite(string sourceId, Language language, ISet<string> cited) =>
        cited.Add(sourceId) ? notes.Mark(sourceId, language) : "";

    private static string InlineHtml(string markdown, Language language)
    {
        if (ProseMarkdown.Paragraph(markdown) is not { } document)
        {
            // Prose is inline Markdown; anything that parses as a list or heading is kept as text.
            return Html.Escape(RangeDash.Apply(markdown, language));
        }

        // Check refuses these with their place; should one get here all the same, it stays text.
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link when link.IsImage || !UrlPolicy.IsAllowedLink(link.Url ?? ""):
                    link.ReplaceBy(new ContainerInline());
                    break;
                case AutolinkInline autolink when !UrlPolicy.IsAllowedLink(ProseMarkdown.AutolinkUrl(autolink)):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                // Only the text read: a link's address and a code span are kept as typed.
                case LiteralInline literal:
                    literal.Content = new Markdig.Helpers.StringSlice(RangeDash.Apply(literal.Content.ToString(), language));
                    break;
            }
        }

        var html = document.ToHtml(ProseMarkdown.Pipeline).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            ? html[3..^4]
            : html;
    }
}
