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
        // Only prose is rendered as Markdown; other texts are escaped whole and cannot hold a link.
        foreach (var text in BriefingProse.Texts(briefing))
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
}
