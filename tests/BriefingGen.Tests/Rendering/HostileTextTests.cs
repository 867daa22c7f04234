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
    public void Markdown_keeps_emphasis_and_safe_links_but_drops_script_links()
    {
        var html = Render("en");

        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">good</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#\">bad</a>", html, StringComparison.Ordinal);
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

    private static string Render(string code)
    {
        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(TestPaths.Fixture("hostile"), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var edition = Edition.Printed.Append(Edition.Site).Single(e => e.Code == code);
        return new HtmlRenderer(TestPaths.Templates).Render(Localizer.Localize(briefing), edition);
    }

    // Our templates have no script and no inline handlers, so any in the output came from data.
    [GeneratedRegex(@"<script|<style>body|<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrHandler();
}
