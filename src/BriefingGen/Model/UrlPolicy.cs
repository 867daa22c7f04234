namespace BriefingGen.Model;

/// <summary>
/// The one allow-list for every URL that reaches an output: web links (https, http) and mail
/// links from the data, and relative links to files of the site, which only the generator makes.
/// </summary>
internal static class UrlPolicy
{
    /// <summary>A link the data may hold: an absolute https or http address with a host, or a mailto address.</summary>
    public static bool IsAllowedLink(string url) => IsWebAddress(url) || IsMailAddress(url);

    /// <summary>An absolute https or http address with a host, as a source's url must be.</summary>
    public static bool IsWebAddress(string url) =>
        IsClean(url)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        // Uri accepts "http:host"; a browser reads that as a relative path, so the slashes are required.
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A link within the site: no scheme and no host, so it can only name a file under the output
    /// folder or a place in the page. "//host/x" and "\\host\x" name another host.
    /// </summary>
    public static bool IsSiteRelative(string url)
    {
        if (!IsClean(url) || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\'))
        {
            return false;
        }

        // A colon before the first / ? or # is a scheme (javascript:, file:, data:).
        var end = url.IndexOfAny(['/', '?', '#']);
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || (end >= 0 && colon > end);
    }

    private static bool IsMailAddress(string url) =>
        IsClean(url)
        && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        && url.Length > "mailto:".Length;

    // Browsers drop tabs and newlines inside URLs ("java\nscript:"), and a space ends an attribute-free URL.
    private static bool IsClean(string url) => url.Length > 0 && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
