using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Tests.Site;

/// <summary>
/// The briefing page in English has a masthead of its own, as the English edition does: series,
/// issue, date and office, in English; the Chinese one is shown in the other two states.
/// </summary>
[Collection(BuiltSite.Name)]
public sealed class EnglishMastheadTests(SiteFixture site)
{
    private const string ShownTexts = """
        (text) => [...document.querySelectorAll('header.masthead')]
          .filter(header => header.innerText.includes(text) || header.textContent.includes(text))
          .map(header => header.checkVisibility({ visibilityProperty: true }))
        """;

    public static TheoryData<string> States => new() { "zh", "en", "both" };

    [Theory]
    [MemberData(nameof(States))]
    public async Task Each_language_state_shows_one_masthead_in_its_language(string state)
    {
        var briefing = BriefingLoader.Load(TestPaths.Jinan, new DiagnosticBag())!;
        await using var page = await site.OpenAsync(SiteFixture.BriefingPage);
        await page.ChooseLanguageAsync(state);

        var english = state == "en";
        // The English masthead: series, issue, date and office, as the English edition prints them.
        foreach (var text in new[] { briefing.Series.En, $"No. {briefing.Issue}", BriefingGen.Localization.DateFormat.En(briefing.Date), briefing.Office.En })
        {
            Assert.Equal([english], await page.Page.EvaluateFunctionAsync<bool[]>(ShownTexts, text));
        }

        foreach (var text in new[] { briefing.Series.Zh, briefing.Office.Zh })
        {
            Assert.Equal([!english], await page.Page.EvaluateFunctionAsync<bool[]>(ShownTexts, text));
        }
    }
}
