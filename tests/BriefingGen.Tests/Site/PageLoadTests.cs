namespace BriefingGen.Tests.Site;

/// <summary>Loading each page, in every state of the switch, logs no error, fails no request and asks for nothing outside the site folder.</summary>
[Collection(BuiltSite.Name)]
public sealed class PageLoadTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SiteFixture.Pages), MemberType = typeof(SiteFixture))]
    public async Task A_page_loads_without_a_console_error_or_a_failed_request(string pageName)
    {
        await using var page = await OpenInEveryStateAsync(pageName);

        Assert.True(page.Problems.Count == 0, $"Loading {pageName}:\n{string.Join("\n", page.Problems)}");
    }

    [Theory]
    [MemberData(nameof(SiteFixture.Pages), MemberType = typeof(SiteFixture))]
    public async Task Every_request_stays_inside_the_site_folder(string pageName)
    {
        await using var page = await OpenInEveryStateAsync(pageName);

        // The page itself, its stylesheets and fonts at least.
        Assert.True(page.Requests.Count >= 4, $"{pageName} made only these requests:\n{string.Join("\n", page.Requests)}");
        var outside = page.Requests.Where(url => !page.IsInsideSite(url)).ToList();
        Assert.True(outside.Count == 0, $"{pageName} asked for files outside {site.OutputRoot}:\n{string.Join("\n", outside)}");
    }

    /// <summary>
    /// Opens the page and, on the briefing page, shows each language in turn: English text needs
    /// font files of its own, fetched only when it is shown.
    /// </summary>
    private async Task<OpenedPage> OpenInEveryStateAsync(string pageName)
    {
        var page = await site.OpenAsync(pageName);
        if (pageName == SiteFixture.BriefingPage)
        {
            foreach (var state in new[] { "en", "both", "zh" })
            {
                await page.ChooseLanguageAsync(state);
            }
        }

        return page;
    }
}
