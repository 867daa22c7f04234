using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// Checks every link written in prose, in every Markdown form, against the one allow-list, and
/// refuses images: the pages promise to work offline, so nothing may be loaded from elsewhere.
/// </summary>
internal static class LinkChecker
{
    public static void Check(Briefing briefing, DiagnosticBag diagnostics)
    {
        foreach (var text in Prose(briefing))
        {
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                foreach (var link in ProseMarkdown.Links(text[language]))
                {
                    var at = text.LocationOf(language, link.Offset);
                    if (link.IsImage)
                    {
                        diagnostics.Add(Errors.ImageInProse(at, link.Url));
                    }
                    else if (!UrlPolicy.IsAllowedLink(link.Url))
                    {
                        diagnostics.Add(Errors.LinkNotAllowed(at, link.Url));
                    }
                }
            }
        }
    }

    /// <summary>Every text that is rendered as Markdown; the others are escaped whole and cannot hold a link.</summary>
    private static IEnumerable<LocalizedText> Prose(Briefing briefing) =>
        new[] { briefing.Title, briefing.Subtitle, briefing.Summary }.OfType<LocalizedText>()
            .Concat(briefing.Introduction.Select(p => p.Text))
            .Concat(briefing.Sections.Select(s => s.Heading))
            .Concat(briefing.Sections.SelectMany(s => s.Body).OfType<ParagraphItem>().Select(p => p.Text))
            .Concat(briefing.Quotes.Select(q => q.Text))
            .Concat(briefing.Peers.Select(p => p.Text));
}
