using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>Markup and script typed into any kind of text field come out as text, never as markup.</summary>
public sealed partial class HostileTextTests
{
    public static TheoryData<string> Editions => new() { "zh", "en", "zh-en", "index" };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Markup_in_data_is_escaped_in_every_edition(string code)
    {
        var html = Render(code);

        Assert.DoesNotMatch(ScriptOrHandler(), html);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_emphasis_and_allowed_links_but_prints_other_links_as_text()
    {
        var html = Render("en", "hostile-links");

        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">good</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:a@example.org\">", html, StringComparison.Ordinal);
        Assert.Contains(" bad ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Links_of_every_markdown_form_outside_the_allow_list_are_never_live_even_when_check_is_bypassed(string code)
    {
        // Loaded without the checker, which refuses these links: the renderer must refuse them too.
        var html = Render(code, "hostile-links");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(UrlAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)), url =>
            Assert.True(
                url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)
                    || (!url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)),
                $"{code}: {url}"));
    }

    [Fact]
    public void Check_refuses_the_links_and_the_image_with_their_places()
    {
        var diagnostics = new DiagnosticBag();

        BuildPipeline.LoadAll([TestPaths.Fixture("hostile-links")], diagnostics);

        // javascript: twice, file:, data: and a link to another host; the image.
        Assert.Equal(5, diagnostics.Items.Count(d => d.Code == "BG1012"));
        Assert.Single(diagnostics.Items, d => d.Code == "BG1013");
        Assert.All(diagnostics.Items.Where(d => d.IsError), d => Assert.True(d.Location.Line > 0 && d.Location.Column > 0, d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Ids_that_reach_the_templates_unchecked_are_escaped_in_every_edition(string code)
    {
        var briefing = Load("hostile");
        briefing = briefing with
        {
            Id = "a\"><img src=x onerror=alert(1)>",
            Sections = briefing.Sections.Select(s => s with { Id = "x\" onmouseover=\"alert(1)" }).ToList(),
        };

        var html = Render(briefing, code);

        // The handler's name is still there, as text inside the id's value: its quotes are escaped.
        Assert.DoesNotContain("onmouseover=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_document_title_is_escaped_exactly_once(string code)
    {
        var briefing = Load("hostile");
        var expected = code switch
        {
            "zh" => briefing.Title.Zh,
            "en" => briefing.Title.En,
            _ => $"{briefing.Title.Zh} | {briefing.Title.En}",
        };

        var html = Render(briefing, code);

        var title = TitleElement().Match(html).Groups[1].Value;
        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(title));
    }

    [Theory]
    [InlineData("<img src=\"https://example.org/pixel.png\" alt=\"\">")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"//example.org/x\">x</a>")]
    public void A_template_that_writes_a_url_outside_the_allow_list_fails_the_render(string markup)
    {
        var root = TestProject.WithOwnTemplates(Directory.CreateTempSubdirectory("briefinggen-hostile-template-").FullName);
        try
        {
            File.AppendAllText(Path.Combine(root, "templates", "partials", "title.sbn"), markup + "\n");
            var view = Localizer.Localize(Load("hostile"));

            var failure = Assert.Throws<BuildFailedException>(() => new HtmlRenderer(Path.Combine(root, "templates")).Render(view, Edition.English));

            Assert.Equal("BG1015", Assert.Single(failure.Diagnostics).Code);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Markup_in_data_is_printed_as_text_in_the_pdf()
    {
        var output = Directory.CreateTempSubdirectory("briefinggen-hostile-").FullName;
        try
        {
            var diagnostics = new DiagnosticBag();
            var briefings = BuildPipeline.LoadAll([TestPaths.Fixture("hostile")], diagnostics)
                ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
            await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { })
                .BuildAsync(briefings, new BuildOptions(output, [Edition.Chinese, Edition.English], Pdf: true, Html: false));

            var zh = Text(Path.Combine(output, "hostile", "hostile.zh.pdf"));
            var en = Text(Path.Combine(output, "hostile", "hostile.en.pdf"));

            Assert.Contains("标题</title><script>alert('title')</script>", zh, StringComparison.Ordinal);
            Assert.Contains("说<script>alert('quote')</script>", zh, StringComparison.Ordinal);
            Assert.Contains("Title<iframe src=https://example.com>", en, StringComparison.Ordinal);
            Assert.Contains("Zhang <svg onload=alert(1)>", en, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string Text(string pdf) =>
        string.Concat(PdfInspector.Inspect(File.ReadAllBytes(pdf)).Pages.Select(p => p.Text)).Replace("\n", "", StringComparison.Ordinal);

    private static string Render(string code, string fixture = "hostile") => Render(Load(fixture), code);

    private static string Render(Model.Briefing briefing, string code)
    {
        var edition = Edition.Printed.Append(Edition.Site).Single(e => e.Code == code);
        return new HtmlRenderer(TestPaths.Templates).Render(Localizer.Localize(briefing), edition);
    }

    /// <summary>Loads a fixture without checking it, as a bypassed check would hand it on.</summary>
    private static Model.Briefing Load(string fixture)
    {
        var diagnostics = new DiagnosticBag();
        return BriefingLoader.Load(TestPaths.Fixture(fixture), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    // Our templates have no script and no inline handlers, so any in the output came from data. A
    // handler is an attribute of a tag: "on…=" inside a quoted value (escaped text, as in the meta
    // description) is not one, so the pattern steps over quoted values.
    [GeneratedRegex(@"<script|<style>body|<[a-z][^>""]*(?:""[^""]*""[^>""]*)*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrHandler();

    [GeneratedRegex(@"\s(href|src)=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();
}
