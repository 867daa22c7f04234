using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Localization;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Site;

/// <summary>
/// The briefing page's 中文 / English / 双语 switch, clicked as a reader clicks it: the page itself
/// needs no JavaScript (the switch is links to #zh, #en and #both, and CSS); the test uses it only to click and to ask
/// what is shown.
/// </summary>
[Collection(BuiltSite.Name)]
public sealed class LanguageSwitchTests(SiteFixture site)
{
    /// <summary>
    /// Is every text node under <c>scope</c> that contains <c>text</c> shown? An array of booleans,
    /// one per occurrence, so that a copy left visible elsewhere in the same kind of element is caught.
    /// </summary>
    private const string Visibility = """
        (scope, text) => {
          const shown = [];
          for (const root of document.querySelectorAll(scope)) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.data.includes(text)) {
                shown.push(node.parentElement.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
              }
            }
          }
          return shown;
        }
        """;

    /// <summary>
    /// A piece of each part of the page, where to look, its Chinese and its English: taken from the
    /// built briefing's own view (the longest text between two tags of each half), since the
    /// words are the staff's to change.
    /// </summary>
    public static TheoryData<string, string, string> Parts()
    {
        var (_, view) = DataViews.Load(SiteFixture.BriefingId);
        var blocks = view.Sections.SelectMany(s => s.Blocks).ToList();
        var quote = blocks.First(b => b.Kind == "quote");
        var chart = blocks.First(b => b.Chart is not null).Chart!;
        var labels = EditionLabels.All;
        var parts = new TheoryData<string, string, string>();
        void Add(string scope, IEnumerable<Pair> candidates)
        {
            var (zh, en) = candidates.Select(Piece).First(p => p.Zh != p.En && !p.Zh.Contains(p.En, StringComparison.Ordinal));
            parts.Add(scope, zh, en);
        }

        Add("h1", [view.Title]);
        Add(".title-block .summary", [view.Summary]);
        Add(".key-panel", view.Cards.Select(c => c.Label));
        Add(".key-panel .card-value", view.Cards.Select(c => c.Value));
        Add("main p", blocks.Where(b => b.Kind == "paragraph").Select(b => b.Text));
        Add("main h2", view.Sections.Select(s => s.Heading));
        Add("blockquote", [quote.Text]);
        Add("blockquote footer", [quote.Name!]);
        Add("figure.chart svg text", chart.Points.Select(p => p.ValueText));
        Add("figure.chart figcaption", [chart.Title]);
        Add("#key-figures h2", [labels.KeyFigures]);
        Add("#key-figures thead", [labels.Indicator]);
        Add("#key-figures tbody th", view.KeyFigures.Select(f => f.Label));
        Add("#key-figures td", view.KeyFigures.Select(f => f.Value));
        Add("#sources h2", [labels.Sources]);
        Add("#sources li", view.Sources.Select(s => s.Text));
        return parts;
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task Chinese_shows_the_Chinese_and_hides_the_English(string scope, string chinese, string english) =>
        await AssertShownAsync("zh", scope, (chinese, true), (english, false));

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task English_shows_the_English_and_hides_the_Chinese(string scope, string chinese, string english) =>
        await AssertShownAsync("en", scope, (chinese, false), (english, true));

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task Both_shows_the_Chinese_and_the_English(string scope, string chinese, string english) =>
        await AssertShownAsync("both", scope, (chinese, true), (english, true));

    [Fact]
    public async Task The_page_opens_in_Chinese_and_each_link_marks_its_own_view_as_current()
    {
        await using var page = await site.OpenAsync(SiteFixture.BriefingPage);
        Assert.Equal("#zh", await CurrentAsync(page));

        foreach (var state in new[] { "en", "both", "zh" })
        {
            await page.ChooseLanguageAsync(state);
            Assert.Equal($"#{state}", await CurrentAsync(page));
            Assert.EndsWith($"#{state}", page.Page.Url, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("both")]
    public async Task A_link_to_a_view_opens_that_view_with_JavaScript_disabled(string state)
    {
        await using var page = await site.OpenAsync($"{SiteFixture.BriefingPage}#{state}", javaScript: false);

        var (zh, en) = Piece(DataViews.Load(SiteFixture.BriefingId).View.Title);
        Assert.All(await ShownAsync(page, "h1", zh), shown => Assert.Equal(state != "en", shown));
        Assert.All(await ShownAsync(page, "h1", en), shown => Assert.Equal(state != "zh", shown));
        Assert.Equal($"#{state}", await CurrentAsync(page));
    }

    [Fact]
    public async Task A_link_to_an_English_chart_opens_the_English_view_with_its_chart_shown()
    {
        var chart = DataViews.Load(SiteFixture.BriefingId).View.Sections.SelectMany(s => s.Blocks).First(b => b.Chart is not null).Chart!;
        var anchor = $"{chart.Anchor}-en";
        await using var page = await site.OpenAsync($"{SiteFixture.BriefingPage}#{anchor}", javaScript: false);

        Assert.True(await page.Page.EvaluateFunctionAsync<bool>("id => document.getElementById(id).checkVisibility()", anchor));
        Assert.Equal("#en", await CurrentAsync(page));
    }

    /// <summary>
    /// A reader follows a note mark in the view they read, then the source's link back: both keep
    /// the view, since each language's marks and each view's back-links have targets of their own.
    /// </summary>
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    [InlineData("both")]
    public async Task Following_a_note_and_its_back_link_keeps_the_view_with_JavaScript_disabled(string state)
    {
        await using var page = await site.OpenAsync($"{SiteFixture.BriefingPage}#{state}", javaScript: false);

        var note = await ClickFirstShownAsync(page, "main .note a");
        Assert.Equal($"#{state}", await CurrentAsync(page));
        var number = Regex.Match(note, @"\d+").Value;
        Assert.True(
            await page.Page.EvaluateFunctionAsync<bool>("n => document.querySelector(`#sources li[value='${n}']`).checkVisibility()", number),
            $"Source {number} is not shown after its note was followed in the {state} view.");

        await ClickFirstShownAsync(page, $"#sources li[value='{number}'] a.back");
        Assert.Equal($"#{state}", await CurrentAsync(page));
        Assert.Matches($@"#cite-{(state == "both" ? "both" : state)}-{number}$", page.Page.Url);
    }

    /// <summary>Clicks the first link under the selector that the reader sees, as a mouse does; returns its text.</summary>
    private static async Task<string> ClickFirstShownAsync(OpenedPage page, string selector)
    {
        var links = await page.Page.QuerySelectorAllAsync(selector);
        foreach (var link in links)
        {
            if (await link.EvaluateFunctionAsync<bool>("a => a.checkVisibility()"))
            {
                var text = await link.EvaluateFunctionAsync<string>("a => a.textContent");
                await link.ClickAsync();
                await page.SettleAsync();
                return text;
            }
        }

        throw new Xunit.Sdk.XunitException($"No link under '{selector}' is shown.");
    }

    [Fact]
    public async Task The_switch_can_be_worked_from_the_keyboard()
    {
        await using var page = await site.OpenAsync(SiteFixture.BriefingPage);

        // Tab to the switch's link to the English view, then Enter follows it, as any link.
        for (var i = 0; i < 10 && await page.Page.EvaluateExpressionAsync<string>("document.activeElement?.getAttribute('href') ?? ''") != "#en"; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("#en", await page.Page.EvaluateExpressionAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Page.Keyboard.PressAsync("Enter");
        await page.SettleAsync();
        Assert.Equal("#en", await CurrentAsync(page));
        var (zh, en) = Piece(DataViews.Load(SiteFixture.BriefingId).View.Title);
        var english = await ShownAsync(page, "h1", en);
        var chinese = await ShownAsync(page, "h1", zh);
        Assert.NotEmpty(english);
        Assert.NotEmpty(chinese);
        Assert.All(english, Assert.True);
        Assert.All(chinese, Assert.False);
    }

    private async Task AssertShownAsync(string state, string scope, params (string Text, bool Shown)[] expectations)
    {
        await using var page = await site.OpenAsync(SiteFixture.BriefingPage);
        await page.ChooseLanguageAsync(state);

        foreach (var (text, shown) in expectations)
        {
            var found = await ShownAsync(page, scope, text);
            Assert.True(found.Length > 0, $"'{text}' is not in {scope}.");
            Assert.True(found.All(visible => visible == shown), $"In the {state} state, '{text}' in {scope} should be {(shown ? "shown" : "hidden")}; shown per occurrence: {string.Join(", ", found)}.");
        }
    }

    /// <summary>The longest text between two tags of each half: one text node of the page.</summary>
    private static (string Zh, string En) Piece(Pair pair)
    {
        static string Longest(string html) => Regex.Split(html, "<[^>]*>").Select(t => WebUtility.HtmlDecode(t).Trim()).MaxBy(t => t.Length) ?? "";
        return (Longest(pair.Zh), Longest(pair.En));
    }

    private static async Task<bool[]> ShownAsync(OpenedPage page, string scope, string text) =>
        await page.Page.EvaluateFunctionAsync<bool[]>(Visibility, scope, text);

    /// <summary>The link the shown switch marks as the current view (only the shown switch is read by assistive technology).</summary>
    private static async Task<string> CurrentAsync(OpenedPage page) =>
        await page.Page.EvaluateExpressionAsync<string>(
            "[...document.querySelectorAll('.switch a[aria-current]')].filter(a => a.checkVisibility()).map(a => a.getAttribute('href')).join(' ')");
}
