using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using PuppeteerSharp;

namespace BriefingGen.Tests.Site.Search;

/// <summary>
/// The front page's search box, in a real browser over HTTP: it finds the briefings whose text holds
/// what is typed, in Chinese and in English, and no other; each result opens its language's view.
/// </summary>
[Collection(ServedSite.Name)]
public sealed partial class SearchTests(ServedSiteFixture site)
{
    private static readonly Lazy<IReadOnlyList<Briefing>> Data = new(() =>
    {
        // Read as written, with every value's characters: a checked briefing no longer holds them.
        var diagnostics = new DiagnosticBag();
        var briefings = TestPaths.DataBriefings.Select(id => BriefingLoader.Read(Path.Combine(TestPaths.Data, id), diagnostics)).ToList();
        return diagnostics.HasErrors ? throw new InvalidOperationException(string.Join("\n", diagnostics.Items)) : briefings;
    });

    [Theory]
    [InlineData("数字化")]
    [InlineData("5G基站")]
    public async Task A_chinese_term_finds_exactly_the_briefings_whose_text_holds_it(string term)
    {
        var holding = Holding(term, Language.Zh);
        Assert.True(holding.Count > 0, $"No briefing under data/ writes {term}: the test has nothing to find.");
        await using var page = await site.OpenAsync(SiteFixture.FrontPage);

        var found = await SearchAsync(page, term);

        Assert.Equal(holding, found.Select(f => f.Id).Order(StringComparer.Ordinal).ToList());
        Assert.All(found, f => Assert.Equal("", f.Fragment));
    }

    [Fact]
    public async Task A_briefing_whose_text_lacks_the_term_is_not_found()
    {
        // 数字化 in one briefing and not in another: the other must not be found for it.
        var lacking = Data.Value.Select(b => b.Id).Except(Holding("数字化", Language.Zh)).ToList();
        Assert.True(lacking.Count > 0, "Every briefing under data/ writes 数字化: the test needs one that does not.");
        await using var page = await site.OpenAsync(SiteFixture.FrontPage);

        var found = await SearchAsync(page, "数字化");

        Assert.Empty(found.Select(f => f.Id).Intersect(lacking));
    }

    [Fact]
    public async Task An_english_phrase_finds_its_briefing_and_opens_its_english_view()
    {
        var (id, phrase) = EnglishPhraseOfOneBriefing();
        await using var page = await site.OpenAsync(SiteFixture.FrontPage);

        var found = await SearchAsync(page, phrase);

        Assert.Equal([id], found.Select(f => f.Id).ToList());
        Assert.Equal("#en", found[0].Fragment);
        // Followed, the link shows the page in English, where the phrase is.
        await Task.WhenAll(
            page.Page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }),
            page.Page.ClickAsync(".search-results a"));
        var shown = await page.Page.EvaluateExpressionAsync<string>("document.querySelector('main').innerText");
        Assert.All(phrase.Split(' '), word => Assert.Contains(word, shown, StringComparison.Ordinal));
        Assert.DoesNotContain(Data.Value.Single(b => b.Id == id).Title.Zh, shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_in_the_address_is_run_when_the_page_opens()
    {
        await using var page = await site.OpenAsync(SiteFixture.FrontPage + "?q=" + Uri.EscapeDataString("数字化"));
        await page.Page.WaitForFunctionAsync("() => document.querySelector('.search-results').dataset.query === '数字化'");

        var value = await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#search-query').value");

        Assert.Equal("数字化", value);
    }

    /// <summary>Types the query as a reader does and returns each result's briefing id and URL fragment, in the order shown.</summary>
    internal static async Task<IReadOnlyList<(string Id, string Fragment)>> SearchAsync(OpenedPage page, string query)
    {
        await page.Page.WaitForSelectorAsync(".site-search:not([hidden])", new WaitForSelectorOptions { Timeout = 10_000 });
        // What an earlier search left in the box is cleared first, as a reader selects it and types over it.
        await page.Page.EvaluateExpressionAsync("document.querySelector('#search-query').value = ''");
        await page.Page.TypeAsync("#search-query", query);
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForFunctionAsync(
            "query => document.querySelector('.search-results').dataset.query === query",
            new WaitForFunctionOptions { Timeout = 10_000 },
            query);
        var links = await page.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.search-results a')].map(a => a.href)");
        return links.Select(href => new Uri(href))
            .Select(uri => (Id: uri.Segments[^2].TrimEnd('/'), Fragment: uri.Fragment))
            .ToList();
    }

    /// <summary>The ids of the briefings with a text in <paramref name="language"/> that holds <paramref name="term"/>, in order.</summary>
    private static List<string> Holding(string term, Language language) =>
        Data.Value.Where(b => Texts(b, language).Any(t => t.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Select(b => b.Id)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Texts(Briefing briefing, Language language) =>
        briefing.Texts.Where(t => t.Language == language)
            .Select(t => t.Characters.Aggregate(new StringBuilder(), (text, c) => text.Append(char.ConvertFromUtf32(c.CodePoint))).ToString());

    /// <summary>
    /// Two words of one briefing's English title, the first of which begins no word of any other
    /// briefing's English: found in that briefing, and in no other.
    /// </summary>
    private static (string Id, string Phrase) EnglishPhraseOfOneBriefing()
    {
        foreach (var briefing in Data.Value)
        {
            var others = Data.Value.Where(b => b != briefing)
                .SelectMany(b => Texts(b, Language.En))
                .SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant()))
                .ToHashSet(StringComparer.Ordinal);
            var title = Word().Matches(briefing.Title.En).Select(m => m.Value).ToList();
            for (var i = 0; i + 1 < title.Count; i++)
            {
                var word = title[i].ToLowerInvariant();
                if (word.Length >= 4 && !others.Any(o => o.StartsWith(word, StringComparison.Ordinal)))
                {
                    return (briefing.Id, $"{title[i]} {title[i + 1]}");
                }
            }
        }

        throw new InvalidOperationException("No briefing's English title has a word that no other briefing's English begins with.");
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
