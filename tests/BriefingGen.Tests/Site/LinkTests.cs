using System.Text.Json;

namespace BriefingGen.Tests.Site;

/// <summary>Every link on the front page and the briefing page goes somewhere: a file of the site, or an element of the page.</summary>
[Collection(BuiltSite.Name)]
public sealed class LinkTests(SiteFixture site)
{
    /// <summary>
    /// Every element that points somewhere, with the URL as the browser resolved it and, for a link
    /// within the page, whether an element has the fragment's id.
    /// </summary>
    private const string Links = """
        () => JSON.stringify([...document.querySelectorAll('a[href], area[href], link[href], img[src], script[src], iframe[src], source[src], use[href]')].map(e => {
          const raw = e.getAttribute('href') ?? e.getAttribute('src');
          const url = new URL(raw, document.baseURI);
          const sameDocument = url.href.split('#')[0] === document.URL.split('#')[0];
          return {
            element: e.outerHTML.slice(0, 160),
            raw,
            url: url.href,
            sameDocument,
            targetExists: sameDocument && url.hash !== '' ? document.getElementById(decodeURIComponent(url.hash.slice(1))) !== null : null,
          };
        }))
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(SiteFixture.Pages), MemberType = typeof(SiteFixture))]
    public async Task Every_link_points_to_a_file_of_the_site_or_an_element_of_the_page(string pageName)
    {
        await using var page = await site.OpenAsync(pageName);
        var links = JsonSerializer.Deserialize<List<Link>>(await page.Page.EvaluateFunctionAsync<string>(Links), Json)!;

        var broken = links.Select(link => Problem(page, link)).OfType<string>().ToList();

        // The front page links to the briefing and its PDFs; the briefing page to its PDFs and its notes.
        Assert.True(links.Count >= 5, $"Only {links.Count} links found on {pageName}.");
        Assert.True(broken.Count == 0, $"Broken links on {pageName}:\n{string.Join("\n", broken)}");
    }

    /// <summary>What is wrong with <paramref name="link"/>, or null when it resolves.</summary>
    private static string? Problem(OpenedPage page, Link link)
    {
        var url = new Uri(link.Url);
        if (!page.IsInsideSite(link.Url))
        {
            return $"{link.Raw}: leaves the site ({url}) in {link.Element}";
        }

        if (link.SameDocument)
        {
            return link.TargetExists == false ? $"{link.Raw}: no element has the id '{Uri.UnescapeDataString(url.Fragment.TrimStart('#'))}' in {link.Element}" : null;
        }

        // A folder would show as a file listing when the site is opened from disk, so a link must name a file.
        if (!File.Exists(url.LocalPath))
        {
            return $"{link.Raw}: there is no file {url.LocalPath} in {link.Element}";
        }

        var id = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
        if (id.Length > 0 && !File.ReadAllText(url.LocalPath).Contains($"id=\"{id}\"", StringComparison.Ordinal))
        {
            return $"{link.Raw}: {url.LocalPath} has no element with the id '{id}' in {link.Element}";
        }

        return null;
    }

    private sealed record Link(string Element, string Raw, string Url, bool SameDocument, bool? TargetExists);
}
