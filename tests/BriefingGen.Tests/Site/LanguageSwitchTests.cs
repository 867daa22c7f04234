namespace BriefingGen.Tests.Site;

/// <summary>
/// The briefing page's 中文 / English / 双语 switch, clicked as a reader clicks it: the page itself
/// needs no JavaScript (the switch is radio buttons and CSS); the test uses it only to click and to ask
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

    /// <summary>Known pieces of each part of the page: where to look, the Chinese, and its English.</summary>
    public static TheoryData<string, string, string> Parts => new()
    {
        { "h1", "跻身“一梯队” “数”聚新动能", "Jinan Joins the “First Tier”" },
        { ".title-block .summary", "数字化转型已渗入发展的各个环节", "Digital transformation has permeated" },
        { ".key-panel", "数字生态总指数全国排名", "National rank on the overall Digital Ecosystem Index" },
        { ".key-panel .card-value", "万处", "52,000" },
        { "main p", "“数字”已成为济南城市规划发展的高频词", "has become a watchword in Jinan" },
        { "main h2", "三年提升", "places in three years" },
        { "blockquote", "对市民大众来说", "For ordinary residents" },
        { "blockquote footer", "钟倩", "Zhong Qian" },
        { "figure.chart svg text", "第18位", "18th" },
        { "figure.chart figcaption", "济南在赛迪顾问“数字百强市”中的全国排名", "Jinan’s national rank in CCID Consulting" },
        { "#key-figures h2", "附：主要数据", "Key figures" },
        { "#key-figures thead", "指标", "Indicator" },
        { "#key-figures tbody th", "数字生态总指数全国排名", "National rank on the overall Digital Ecosystem Index" },
        { "#key-figures td", "5.2万处", "52,000" },
        { "#sources h2", "资料来源", "Sources" },
        { "#sources li", "北京大学", "Peking University" },
    };

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
    public async Task The_page_opens_in_Chinese_and_each_label_checks_its_own_radio_button()
    {
        await using var page = await site.OpenAsync(SiteFixture.BriefingPage);
        Assert.Equal("show-zh", await CheckedAsync(page));

        foreach (var state in new[] { "en", "both", "zh" })
        {
            await page.ChooseLanguageAsync(state);
            Assert.Equal($"show-{state}", await CheckedAsync(page));
        }
    }

    [Fact]
    public async Task The_switch_can_be_worked_from_the_keyboard()
    {
        await using var page = await site.OpenAsync(SiteFixture.BriefingPage);

        // Tab to the checked radio button, then arrow keys move the choice, as in any radio group.
        for (var i = 0; i < 10 && await page.Page.EvaluateExpressionAsync<string>("document.activeElement?.name ?? ''") != "language"; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("show-zh", await page.Page.EvaluateExpressionAsync<string>("document.activeElement.id"));
        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("show-en", await CheckedAsync(page));
        Assert.All(await ShownAsync(page, "h1", "Jinan Joins the “First Tier”"), Assert.True);
        Assert.All(await ShownAsync(page, "h1", "跻身“一梯队” “数”聚新动能"), Assert.False);
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

    private static async Task<bool[]> ShownAsync(OpenedPage page, string scope, string text) =>
        await page.Page.EvaluateFunctionAsync<bool[]>(Visibility, scope, text);

    private static async Task<string> CheckedAsync(OpenedPage page) =>
        await page.Page.EvaluateExpressionAsync<string>("document.querySelector('input[name=language]:checked').id");
}
