using System.Text.Json;
using Xunit.Abstractions;

namespace BriefingGen.Tests.Site.Search;

/// <summary>
/// The front page with its search box, empty and with results shown, at desk and phone width: axe-core
/// finds no serious or critical problem, the Nu Html Checker no error, and nothing is asked of another site.
/// </summary>
[Collection(ServedSite.Name)]
public sealed class SearchPageChecksTests(ServedSiteFixture site, ITestOutputHelper output)
{
    /// <summary>Each width, with the box empty, with a Chinese query's results and with an English one's.</summary>
    public static TheoryData<int, string?> WidthsAndQueries => new()
    {
        { 1280, null }, { 1280, "5G基站" }, { 1280, "digital" },
        { 390, null }, { 390, "5G基站" }, { 390, "digital" },
    };

    [Theory]
    [MemberData(nameof(WidthsAndQueries))]
    public async Task Axe_finds_no_serious_or_critical_violation_in_the_search(int width, string? query)
    {
        await using var page = await OpenAndSearchAsync(width, query);

        await page.Page.AddScriptTagAsync(new PuppeteerSharp.AddTagOptions { Path = AccessibilityTests.AxeScript });
        var violations = JsonSerializer.Deserialize<List<AccessibilityTests.Violation>>(
            await page.Page.EvaluateFunctionAsync<string>(AccessibilityTests.RunAxe), AccessibilityTests.Json)!;

        foreach (var minor in violations.Where(v => !AccessibilityTests.IsSerious(v)))
        {
            output.WriteLine(AccessibilityTests.Describe(minor));
        }

        var serious = violations.Where(AccessibilityTests.IsSerious).ToList();
        Assert.True(serious.Count == 0, $"front page ({query ?? "no query"}, {width} px):\n{string.Join("\n", serious.Select(AccessibilityTests.Describe))}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("5G基站")]
    [InlineData("digital")]
    public async Task The_Nu_Html_Checker_finds_no_error_in_the_page_as_the_search_left_it(string? query)
    {
        await using var page = await OpenAndSearchAsync(1280, query);
        var file = Path.Combine(Directory.CreateTempSubdirectory("briefinggen-search-dom-").FullName, "index.html");
        try
        {
            // The document as the script made it, results and all, serialized as the checker reads a page.
            await File.WriteAllTextAsync(file, "<!DOCTYPE html>\n" + await page.Page.EvaluateExpressionAsync<string>("document.documentElement.outerHTML"));

            var (exitCode, said) = await HtmlValidationTests.CheckAsync(file);

            Assert.True(exitCode == 0, $"vnu.jar on the front page ({query ?? "no query"}) exited with {exitCode}:\n{said}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Searching_asks_for_nothing_outside_the_site_and_fails_no_request(int width)
    {
        await using var page = await OpenAndSearchAsync(width, "5G基站");
        await SearchTests.SearchAsync(page, "digital");

        // The index itself was fetched, from the site.
        Assert.Contains(page.Requests, url => url.Contains("/pagefind/pagefind.js", StringComparison.Ordinal));
        // Over HTTP the browser asks the server's root for /favicon.ico by itself, for any page without an
        // icon; that request is the browser's, not the site's, and is the only one let pass here (refused, it fails).
        var favicon = new Uri(site.Site, "/favicon.ico").AbsoluteUri;
        var outside = page.Requests.Where(url => !page.IsInsideSite(url) && url != favicon).ToList();
        Assert.True(outside.Count == 0, $"The search asked for files outside {site.Site}:\n{string.Join("\n", outside)}");
        var problems = page.Problems.Where(problem => !problem.Contains(favicon, StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<OpenedPage> OpenAndSearchAsync(int width, string? query)
    {
        var page = await site.OpenAsync(SiteFixture.FrontPage, width);
        if (query is not null)
        {
            var found = await SearchTests.SearchAsync(page, query);
            Assert.NotEmpty(found);
        }
        else
        {
            await page.Page.WaitForSelectorAsync(".site-search:not([hidden])");
        }

        await page.SettleAsync();
        return page;
    }
}
