using System.Text.RegularExpressions;
using BriefingGen.Localization;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>Headings, facts and charts have anchors from what the data names them by, which edits elsewhere in the YAML do not change.</summary>
public sealed partial class StableAnchorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-anchors-" + Guid.NewGuid().ToString("N"));

    // The copy sits beside a copy of the office file, as a briefing under data/ does.
    private string Copy => Path.Combine(_root, "jinan-digital-city");

    [Fact]
    public void Anchors_do_not_change_when_a_line_is_added_above_their_entities_in_the_YAML()
    {
        CopyDirectory(TestPaths.Jinan, Copy);
        File.Copy(Path.Combine(TestPaths.Data, "office.yaml"), Path.Combine(_root, "office.yaml"));
        var before = AnchorsOf(DataViews.LoadFolder(Copy).View);

        // A comment line at the top of each file moves every entity below it one line down.
        foreach (var file in Directory.GetFiles(Copy, "*.yaml"))
        {
            File.WriteAllText(file, "# a line added above\n" + File.ReadAllText(file));
        }

        var after = AnchorsOf(DataViews.LoadFolder(Copy).View);
        Assert.Contains(before, a => a.StartsWith("chart-", StringComparison.Ordinal));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Sections_facts_and_charts_are_anchored_by_their_ids_and_titles()
    {
        var (briefing, view) = DataViews.Load("jinan-digital-city");
        var anchors = AnchorsOf(view);

        Assert.All(Model.BriefingProse.AllSections(briefing.Sections), s => Assert.Contains($"section-{s.Id}", anchors));
        Assert.All(briefing.Facts, f => Assert.Contains($"fact-{f.Id}", anchors));
        var charts = briefing.Introduction.Concat(Model.BriefingProse.AllSections(briefing.Sections).SelectMany(s => s.Body)).OfType<Model.ChartItem>().ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.Contains($"chart-{Regex.Replace(c.Title.En.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-')}-en", anchors));
    }

    [Fact]
    public void Every_anchor_of_the_page_is_unique()
    {
        var anchors = AnchorsOf(DataViews.Load("jinan-digital-city").View);
        Assert.Equal(anchors.Distinct(StringComparer.Ordinal).Count(), anchors.Count);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>\" onload=\"x")]
    [InlineData("数字化")]
    [InlineData("")]
    public void A_hostile_or_empty_chart_title_still_gives_a_safe_anchor(string title)
    {
        var anchor = new Anchors().Chart(title);
        Assert.Matches("^chart-[a-z0-9]+(-[a-z0-9]+)*$", anchor);
    }

    [Fact]
    public void Charts_with_the_same_title_get_anchors_numbered_in_reading_order()
    {
        var anchors = new Anchors();
        var first = anchors.Chart("Growth, 2025");
        var second = anchors.Chart("Growth 2025");
        Assert.Equal(first + "-2", second);
    }

    [Fact]
    public void A_title_that_reads_as_a_numbered_anchor_does_not_take_another_chart_s_anchor()
    {
        var anchors = new Anchors();
        string[] made = [anchors.Chart("Growth 2025"), anchors.Chart("Growth 2025"), anchors.Chart("Growth 2025 2")];
        Assert.Equal(made.Length, made.Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static List<string> AnchorsOf(BriefingView view) =>
        [.. Id().Matches(new HtmlRenderer(TestPaths.Templates).Render(view, Edition.Site)).Select(m => m.Groups["id"].Value)];

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.yaml"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [GeneratedRegex("\\sid=\"(?<id>[^\"]*)\"")]
    private static partial Regex Id();
}
