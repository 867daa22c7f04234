using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Localization;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>What an intranet portal reads from a briefing's page: its description and its date.</summary>
public sealed partial class SitePageHeadTests
{
    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_page_is_described_by_the_briefing_summary_in_the_page_language(string id)
    {
        var (_, view) = DataViews.Load(id);
        var html = new HtmlRenderer(TestPaths.Templates).Render(view, Edition.Site);

        var description = Assert.Single(MetaDescription().Matches(html));
        Assert.Equal(DataViews.Plain(view.Summary.Zh), WebUtility.HtmlDecode(description.Groups["content"].Value));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_briefing_date_is_a_time_element_with_its_date_in_ISO_form(string id)
    {
        var (briefing, view) = DataViews.Load(id);
        var html = new HtmlRenderer(TestPaths.Templates).Render(view, Edition.Site);

        var iso = briefing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"<time datetime=\"{iso}\">{view.Date.Zh}</time>", html, StringComparison.Ordinal);
        Assert.Contains($"<time datetime=\"{iso}\">{view.Date.En}</time>", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> Briefings() => [.. TestPaths.DataBriefings];

    [GeneratedRegex("<meta name=\"description\" content=\"(?<content>[^\"]*)\">")]
    private static partial Regex MetaDescription();
}
