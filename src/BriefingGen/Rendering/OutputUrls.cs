using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// The last guard before a document is written: every URL in it, wherever it came from, passes the
/// allow-list. Links may go to the web or to files of the site; anything the page loads (src) must
/// be a file of the site, since the page works offline.
/// </summary>
internal static partial class OutputUrls
{
    /// <summary>The first URL that is not allowed, as a diagnostic naming the document; null when all are.</summary>
    public static Diagnostic? Refuse(string html, string document)
    {
        // Only inside tags: text is escaped, so "src=" in a paragraph is words, not an attribute.
        foreach (var match in Tag().Matches(html).SelectMany(tag => UrlAttribute().Matches(tag.Value)))
        {
            var url = WebUtility.HtmlDecode(match.Groups["url"].Value);
            var loads = !match.Groups["name"].Value.Equals("href", StringComparison.OrdinalIgnoreCase);
            var allowed = UrlPolicy.IsSiteRelative(url) || (!loads && UrlPolicy.IsAllowedLink(url));
            if (!allowed)
            {
                return Errors.UnsafeUrlInOutput(document, url);
            }
        }

        return null;
    }

    [GeneratedRegex("<[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    // Every attribute that holds a URL in HTML or SVG, in any quoting; the templates quote with ".
    [GeneratedRegex("""\s(?<name>href|src|srcset|xlink:href|action|formaction|poster|data|background|cite)\s*=\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)'|(?<url>[^\s>"']+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlAttribute();
}
