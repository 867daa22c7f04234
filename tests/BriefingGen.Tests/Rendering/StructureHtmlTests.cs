using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>Nested sections are numbered as GB/T 9704 numbers them, and every kind of block is rendered in both languages.</summary>
public sealed partial class StructureHtmlTests
{
    private static readonly string Fixture = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Printing", "Fixtures", "nested-structure");

    private static readonly Lazy<Briefing> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([Fixture], diagnostics);
        Assert.True(briefings is not null && diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
        return briefings![0];
    });

    private static Briefing Data => Loaded.Value;

    [Fact]
    public void The_fixture_has_four_levels_of_sections()
    {
        Assert.Equal(4, Depth(Data.Sections));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Every_level_of_heading_is_numbered_and_set_one_element_deeper(string code)
    {
        var html = Render(code);
        var first = Data.Sections[0];
        var second = first.Subsections[0];
        var third = second.Subsections[0];
        var fourth = third.Subsections[0];
        var zh = code == "zh";

        Assert.Contains($"<h2><span class=\"number\">{(zh ? "一、" : "1. ")}</span>{Heading(first, code)}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<h3><span class=\"number\">{(zh ? "（一）" : "1.1 ")}</span>{Heading(second, code)}</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<h4><span class=\"number\">{(zh ? "1." : "1.1.1 ")}</span>{Heading(third, code)}</h4>", html, StringComparison.Ordinal);
        Assert.Contains($"<h5><span class=\"number\">{(zh ? "（1）" : "1.1.1.1 ")}</span>{Heading(fourth, code)}</h5>", html, StringComparison.Ordinal);
        // The second subsection of the first section, and the second section.
        Assert.Contains($"<h3><span class=\"number\">{(zh ? "（二）" : "1.2 ")}</span>{Heading(first.Subsections[1], code)}</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2><span class=\"number\">{(zh ? "二、" : "2. ")}</span>{Heading(Data.Sections[1], code)}</h2>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void A_subsection_is_inside_its_section(string code)
    {
        var html = Render(code);
        var outer = Data.Sections[0];
        var inner = outer.Subsections[0];

        var start = html.IndexOf($"<section id=\"section-{outer.Id}\">", StringComparison.Ordinal);
        var nested = html.IndexOf($"<section id=\"section-{inner.Id}\">", StringComparison.Ordinal);
        var next = html.IndexOf($"<section id=\"section-{Data.Sections[1].Id}\">", StringComparison.Ordinal);

        Assert.True(start >= 0 && start < nested && nested < next, $"{start} {nested} {next}");
    }

    [Theory]
    [InlineData("zh", "一是", "二是", "三是")]
    [InlineData("en", "First,", "Second,", "Third,")]
    public void Points_are_paragraphs_led_by_their_number_word_in_bold(string code, string one, string two, string three)
    {
        var html = Render(code);
        var points = Blocks<PointsItem>().Single().Points;
        var leads = new[] { one, two, three };

        Assert.Equal(leads.Length, points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Contains($"<p class=\"point\"><strong class=\"lead\">{leads[i]}</strong>{(code == "en" ? " " : "")}{Text(points[i], code)}</p>", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void A_list_is_a_bulleted_list(string code)
    {
        var html = Render(code);
        var list = Blocks<ListItem>().Single();

        var element = ListElement().Match(html);
        Assert.True(element.Success, "no <ul class=\"list\">");
        Assert.All(list.Items, item => Assert.Contains($"<li>{Text(item, code)}</li>", element.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void A_table_has_a_caption_column_heads_and_row_heads_and_its_cells_refer_to_facts(string code)
    {
        var html = Render(code);
        var table = Blocks<TableItem>().Single();
        var language = code == "zh" ? Language.Zh : Language.En;

        var element = TableElement().Match(html);
        Assert.True(element.Success, "no <table class=\"data-table\">");
        Assert.Contains($"<caption>{table.Title[language]}</caption>", element.Value, StringComparison.Ordinal);
        Assert.All(table.Columns, column => Assert.Contains($"<th scope=\"col\">{column[language]}</th>", element.Value, StringComparison.Ordinal));
        Assert.All(table.Rows, row => Assert.Contains($"<th scope=\"row\">{row[0][language]}</th>", element.Value, StringComparison.Ordinal));
        // A cell such as "{digital_share}" prints the fact's figure, not its reference.
        Assert.DoesNotContain("{", element.Value, StringComparison.Ordinal);
        var referring = table.Rows.SelectMany(row => row).Count(cell => cell[language].Contains('{', StringComparison.Ordinal));
        Assert.True(referring > 0, "the fixture's table refers to no fact");
        Assert.Equal(referring, FigureSpan().Count(element.Value));
    }

    [Theory]
    [InlineData("zh", "编者按：")]
    [InlineData("en", "Editor’s note: ")]
    public void An_editors_note_is_set_apart_under_its_lead(string code, string lead)
    {
        var html = Render(code);
        var note = Blocks<EditorNoteItem>().Single();

        Assert.Contains($"<aside class=\"editor-note\" lang=\"{(code == "zh" ? "zh-CN" : "en")}\"><p><strong class=\"lead\">{lead}</strong>{Text(note.Text, code)}</p></aside>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void An_example_is_set_as_a_paragraph_and_the_introduction_takes_any_block(string code)
    {
        var html = Render(code);
        var example = Data.Examples.Single(e => e.Id == Blocks<ExampleItem>().Single().Example.Id);

        Assert.Contains($"<p class=\"example\" lang=\"{(code == "zh" ? "zh-CN" : "en")}\">{Text(example.Text, code)}</p>", html, StringComparison.Ordinal);
        Assert.IsType<EditorNoteItem>(Data.Introduction[0]);
        Assert.True(html.IndexOf("editor-note", StringComparison.Ordinal) < html.IndexOf("<section", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bilingual_edition_follows_each_block_with_its_translation()
    {
        var html = Render("zh-en");
        var points = Blocks<PointsItem>().Single().Points;

        var zh = html.IndexOf(Text(points[^1], "zh"), StringComparison.Ordinal);
        var en = html.IndexOf(Text(points[0], "en"), StringComparison.Ordinal);
        Assert.True(zh >= 0 && zh < en, $"{zh} {en}");
        Assert.Contains("<table class=\"data-table\" lang=\"en\">", html, StringComparison.Ordinal);
    }

    private static int Depth(IReadOnlyList<Section> sections) => sections.Count == 0 ? 0 : 1 + sections.Max(s => Depth(s.Subsections));

    private static IEnumerable<T> Blocks<T>() => BriefingProse.Blocks(Data).OfType<T>();

    private static string Heading(Section section, string code) => Text(section.Heading, code);

    /// <summary>Plain data text as the page escapes it; the fixture's texts hold no reference or Markdown where this is used.</summary>
    private static string Text(LocalizedText text, string code) => Html.Escape(code == "zh" ? text.Zh : text.En);

    private static string Render(string code) =>
        new HtmlRenderer(TestPaths.Templates).Render(Localizer.Localize(Data), code switch
        {
            "zh" => Edition.Chinese,
            "en" => Edition.English,
            _ => Edition.Bilingual,
        });

    [GeneratedRegex("<ul class=\"list\"[^>]*>.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex ListElement();

    [GeneratedRegex("<td><span class=\"figure\">")]
    private static partial Regex FigureSpan();

    [GeneratedRegex("<table class=\"data-table\"[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();
}
