using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using Xunit;

namespace BriefingGen.Tests.Localization;

/// <summary>
/// References in prose that print words, dates, periods and text as written: each checked and
/// printed through the whole pipeline, from a small briefing (the corpus's base) with one paragraph added.
/// </summary>
public sealed class ProseReferenceTests
{
    // Facts added to the base briefing for these tests; each value is named by what it is.
    private const string ExtraFacts = """
          - id: rank_two
            label: {zh: 排名, en: Rank}
            kind: rank
            value: 2
            period: 2021
            source: jinan_daily_report
          - id: rank_twelve
            label: {zh: 排名, en: Rank}
            kind: rank
            value: 12
            period: 2021
            source: jinan_daily_report
          - id: count_two
            label: {zh: 行业, en: Sectors}
            kind: count
            unit: {zh: 大, en: sectors}
            value: 2
            source: jinan_daily_report
          - id: count_fifteen
            label: {zh: 项目, en: Projects}
            kind: count
            unit: {zh: 个, en: projects}
            value: 15
            source: jinan_daily_report
          - id: count_half
            label: {zh: 项目, en: Projects}
            kind: count
            unit: {zh: 个, en: projects}
            value: 4.5
            source: jinan_daily_report
          - id: count_ten_thousand
            label: {zh: 项目, en: Projects}
            kind: count
            unit: {zh: 个, en: projects}
            value: 1万
            source: jinan_daily_report
          - id: count_zero
            label: {zh: 项目, en: Projects}
            kind: count
            unit: {zh: 个, en: projects}
            value: 0
            source: jinan_daily_report

        """;

    private static readonly string[] AddedIds = ["rank_two", "rank_twelve", "count_two", "count_fifteen", "count_half", "count_ten_thousand", "count_zero"];

    [Theory]
    [InlineData("{rank_two:words}", "第二", "second")]
    [InlineData("{rank_twelve:words}", "第十二", "twelfth")]
    [InlineData("{rank_two:ordinal}", "第二", "second")]
    [InlineData("{count_fifteen:ordinal}", "第十五", "fifteenth")]
    [InlineData("{count_two:words}", "两", "two")]
    [InlineData("{count_fifteen:words}", "十五", "fifteen")]
    [InlineData("{count_zero:words}", "零", "zero")]
    [InlineData("{date:2025-01-10}", "2025年1月10日", "10 January 2025")]
    [InlineData("{date:2025-01}", "2025年1月", "January 2025")]
    [InlineData("{date:01-10}", "1月10日", "10 January")]
    [InlineData("{date:02-29}", "2月29日", "29 February")]
    [InlineData("{period:2012-2021}", "2012年至2021年", "2012–2021")]
    [InlineData("{period:2024-H2}", "2024年下半年", "the second half of 2024")]
    [InlineData("{period:2024-Q2}", "2024年第二季度", "the second quarter of 2024")]
    [InlineData("{period:2024-01/2024-10}", "2024年1—10月", "January–October 2024")]
    [InlineData("{period:2024-10-31}", "截至2024年10月31日", "as of 31 October 2024")]
    [InlineData("{text:十五届四次}", "十五届四次", "十五届四次")]
    public void Reference_prints_as_each_language_writes_it(string reference, string zh, string en)
    {
        var (diagnostics, html) = Build(reference, reference);

        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        Assert.Contains(zh, Printed(html.Zh), StringComparison.Ordinal);
        Assert.Contains(en, Printed(html.En), StringComparison.Ordinal);
        Assert.DoesNotContain("第两", Printed(html.Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_on_a_rank_print_the_place_in_a_heading_and_in_the_document_title()
    {
        var (diagnostics, view) = BuildView("base", "稳居世界{rank_two:words}", "ranked {rank_two:words} in the world", heading: true);

        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        Assert.Equal(new Pair("稳居世界第二", "ranked second in the world"), view!.TitleText);
        Assert.Contains("稳居世界<span class=\"figure\">第<span class=\"tight\">二</span></span>", view!.Sections[0].Heading.Zh, StringComparison.Ordinal);
        Assert.Contains("ranked <span class=\"figure\">second</span> in the world", view.Sections[0].Heading.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{count_half:words}", "BG2042")]
    [InlineData("{count_ten_thousand:words}", "BG2042")]
    [InlineData("{count_half:ordinal}", "BG2043")]
    [InlineData("{count_zero:ordinal}", "BG2043")]
    [InlineData("{date:2025-02-30}", "BG2040")]
    [InlineData("{date:13-01}", "BG2040")]
    [InlineData("{date:tomorrow}", "BG2040")]
    [InlineData("{period:2024-Q5}", "BG2041")]
    [InlineData("{period:2021-2012}", "BG2041")]
    [InlineData("{period:2024-10/2024-03}", "BG2041")]
    public void Reference_that_cannot_be_written_is_an_error_at_the_paragraph_in_both_languages(string reference, string code)
    {
        foreach (var (zh, en) in new[] { (reference, "x"), ("x", reference) })
        {
            var (diagnostics, _) = Build(zh, en);

            var error = Assert.Single(diagnostics.Items, d => d.IsError);
            Assert.Equal(code, error.Code);
            Assert.EndsWith("sections.yaml", error.Location.File, StringComparison.Ordinal);
            Assert.Equal(2, error.Location.Line);
            Assert.Contains(reference, error.Message, StringComparison.Ordinal);
            Assert.Contains(reference, error.MessageZh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_is_printed_as_written_and_never_as_markup()
    {
        var (diagnostics, html) = Build("{text:<script>alert(1)</script>**b**&amp;}", "{text:<b onclick=x>}");

        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;**b**&amp;amp;", html.Zh, StringComparison.Ordinal);
        Assert.Contains("&lt;b onclick=x&gt;", html.En, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", html.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{text:a{b}")]
    [InlineData("{text:a}b}")]
    [InlineData("{text:}")]
    public void Text_with_a_brace_inside_or_nothing_in_it_is_refused(string prose)
    {
        var (diagnostics, _) = Build(prose, "x");

        Assert.Contains(diagnostics.Items, d => d is { IsError: true, Code: "BG2003" });
    }

    [Fact]
    public void Digits_inside_date_period_and_text_do_not_warn_but_a_bare_number_in_the_same_paragraph_does()
    {
        var (diagnostics, _) = Build(
            "{text:十五届四次}会议于{date:01-10}召开，{period:2012-2021}增长15",
            "The {text:4th} session met on {date:01-10}; in {period:2012-2021} it grew by 15");

        Assert.DoesNotContain(diagnostics.Items, d => d.IsError);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "BG5004");
        Assert.Contains("'15'", warning.Message, StringComparison.Ordinal);
    }

    private static (DiagnosticBag Diagnostics, Pair Html) Build(string zh, string en)
    {
        var (diagnostics, view) = BuildView("base", zh, en, heading: false);
        return (diagnostics, view?.Introduction[0].Text ?? new Pair("", ""));
    }

    /// <summary>The base briefing with the facts above (each used once) and the prose as the first introduction paragraph, or as the first heading.</summary>
    private static (DiagnosticBag Diagnostics, BriefingView? View) BuildView(string name, string zh, string en, bool heading)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefinggen-prose", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        try
        {
            var corpusBase = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Checking", "Corpus", "Base");
            foreach (var file in Directory.GetFiles(corpusBase))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            Edit(folder, "facts.yaml", "facts:\n", "facts:\n" + ExtraFacts);
            // Every added fact used, so that no BG5001 shows up among what a test counts.
            var paragraph = $"  - {{zh: \"{Escape(zh)}\", en: \"{Escape(en)}\"}}\n  - {{zh: \"{Uses("zh")}\", en: \"{Uses("en")}\"}}\n";
            Edit(folder, "sections.yaml", "introduction:\n", "introduction:\n" + paragraph);
            if (heading)
            {
                Edit(folder, "sections.yaml", "    heading: {zh: \"三年提升{ccid_rank_gain:words}位 跻身全国第一梯队\", en: \"Up {ccid_rank_gain:words} places in three years\"}", $"    heading: {{zh: \"{Escape(zh)}\", en: \"{Escape(en)}\"}}");
                Edit(folder, "briefing.yaml", "    zh: 数聚新动能\n    en: Digital Drives New Momentum\n", $"    zh: \"{Escape(zh)}\"\n    en: \"{Escape(en)}\"\n");
            }

            var diagnostics = new DiagnosticBag();
            var briefings = BuildPipeline.LoadAll([folder], diagnostics);
            return (diagnostics, briefings is null ? null : Localizer.Localize(briefings[0]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        static string Uses(string language) => string.Concat(AddedIds.Select(id => $"{{{id}:number}}")) + (language == "zh" ? "。" : ".");
    }

    /// <summary>What a reader sees: the HTML without its tags, its character references decoded.</summary>
    private static string Printed(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static void Edit(string folder, string file, string find, string replace)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path, Encoding.UTF8);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {file}");
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..], new UTF8Encoding(false));
    }
}
