using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Printing;

/// <summary>Text that is hard to print comes out whole, at its size, and escaped exactly once in every output.</summary>
public sealed partial class AwkwardTextTests(AwkwardTextBuild build) : IClassFixture<AwkwardTextBuild>
{
    public static TheoryData<string> Editions => new() { "zh", "en", "zh-en" };

    [Fact]
    public void The_briefing_with_a_five_thousand_letter_word_and_a_long_url_builds() =>
        Assert.True(build.Failure is null, build.Failure?.Message);

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_page_is_shrunk_and_no_letter_lies_outside_the_page(string edition)
    {
        var report = PdfInspector.Inspect(build.Pdf(edition));

        Assert.NotEmpty(report.Layouts);
        // Chromium writes font sizes in CSS px: a letter at its stylesheet's size has 0.75 pt per px.
        Assert.All(report.Layouts, page =>
        {
            Assert.InRange(page.MinScale, 0.7425, 0.7575);
            Assert.InRange(page.MaxScale, 0.7425, 0.7575);
            Assert.Equal("", page.TextOffPage);
        });
        Assert.Empty(PdfChecker.Check(report, edition));
    }

    [Fact]
    public void The_long_word_is_printed_whole()
    {
        // The Chinese edition does not hyphenate, so the word's letters follow each other unchanged.
        var word = LongestWord(build.Briefing);
        // Page numbers (— 3 —) are set where the word crosses from one page to the next.
        var text = PageNumber().Replace(string.Concat(PdfInspector.Inspect(build.Pdf("zh")).Pages.Select(p => p.Text)), "").Replace("\n", "", StringComparison.Ordinal);

        Assert.True(word.Length >= 5000, $"the fixture's longest word has {word.Length} letters");
        Assert.Contains(word, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_pdf_has_the_title_as_written_in_its_metadata(string edition)
    {
        var title = build.Briefing.Title;
        var expected = edition switch
        {
            "zh" => title.Zh,
            "en" => title.En,
            _ => $"{title.Zh} | {title.En}",
        };

        Assert.Equal(expected, PdfInspector.Inspect(build.Pdf(edition)).Title);
    }

    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("en", "en")]
    [InlineData("zh-en", "zh")]
    public void The_outline_has_the_heading_as_written(string edition, string language)
    {
        var heading = build.Briefing.Sections.Select(s => s.Heading[language == "zh" ? Language.Zh : Language.En]).First(h => h.Contains('&', StringComparison.Ordinal));

        var outline = PdfInspector.Inspect(build.Pdf(edition)).Outline.Select(entry => entry.Trim());

        Assert.Contains(outline, entry => entry.Contains(heading, StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_title_the_manifest_and_the_front_page_have_the_title_as_written()
    {
        var title = build.Briefing.Title;
        var page = File.ReadAllText(Path.Combine(build.Folder, "index.html"));
        var front = File.ReadAllText(Path.Combine(build.OutputRoot, "index.html"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Folder, "manifest.json")));

        Assert.Equal($"{title.Zh} | {title.En}", WebUtility.HtmlDecode(TitleElement().Match(page).Groups[1].Value));
        Assert.Equal(title.Zh, manifest.RootElement.GetProperty("title").GetProperty("zh").GetString());
        Assert.Equal(title.En, manifest.RootElement.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal(title.Zh, WebUtility.HtmlDecode(EntryTitle().Match(front).Groups[2].Value));
    }

    [Fact]
    public async Task A_page_that_chromium_shrinks_fails_the_build_naming_the_pdf_and_the_page()
    {
        // The stylesheets without their rule for long words: Chromium shrinks the page to fit the word.
        var root = TestProject.WithOwnTemplates(Directory.CreateTempSubdirectory("briefinggen-shrunk-").FullName);
        var output = Path.Combine(root, "out");
        try
        {
            File.AppendAllText(Path.Combine(root, "templates", "css", "print-en.css"), "\nhtml, html * { overflow-wrap: normal !important; hyphens: none !important; }\n");

            var failure = await Assert.ThrowsAsync<BuildFailedException>(() =>
                new BuildPipeline(new ProjectPaths(root), _ => { })
                    .BuildAsync([build.Briefing], new BuildOptions(output, [Edition.English], Pdf: true, Html: false)));

            var scaled = failure.Diagnostics.Where(d => d.Code == "BG4010").ToList();
            Assert.NotEmpty(scaled);
            Assert.All(scaled, d =>
            {
                Assert.Equal(Path.Combine("awkward-text", "awkward-text.en.pdf"), d.Location.File);
                Assert.Matches("^Page [0-9]+ of awkward-text.en.pdf is printed at [0-9]+% ", d.Message);
            });
            Assert.False(Directory.Exists(Path.Combine(output, "awkward-text")), "a failed build published its output");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string LongestWord(Briefing briefing) =>
        briefing.Sections.SelectMany(s => s.Body).OfType<ParagraphItem>()
            .SelectMany(p => Regex.Split(p.Text.Zh, @"[\s：。，]"))
            .MaxBy(word => word.Length) ?? "";

    [GeneratedRegex("— [0-9]+ —")]
    private static partial Regex PageNumber();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    // The entry's heading level depends on where the archive lists it (a year, then a series).
    [GeneratedRegex("""<h(\d) class="entry-title"><a [^>]*>(.*?)</a></h\1>""", RegexOptions.Singleline)]
    private static partial Regex EntryTitle();
}
