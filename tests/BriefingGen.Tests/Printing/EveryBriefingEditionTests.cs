using BriefingGen.Localization;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Printing;

/// <summary>The three PDFs of every briefing under data/, printed by real Chromium, read back with PdfPig and held to what the briefing's own data says.</summary>
public sealed class EveryBriefingEditionTests(DataBuild build) : IClassFixture<DataBuild>
{
    private const double A4Width = 595.0;
    private const double A4Height = 842.0;

    public static TheoryData<string, string> Editions()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in DataBuild.Ids)
        {
            foreach (var edition in Edition.Printed)
            {
                data.Add(id, edition.Code);
            }
        }

        return data;
    }

    public static TheoryData<string> Briefings() => new(DataBuild.Ids);

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_edition_is_a_tagged_A4_pdf_with_its_title_and_language(string id, string edition)
    {
        var (_, view) = DataViews.Load(id);
        var report = PdfInspector.Inspect(build.Pdf(id, edition));

        Assert.True(report.Tagged);
        Assert.Equal(edition switch { "zh" => view.TitleText.Zh, "en" => view.TitleText.En, _ => $"{view.TitleText.Zh} | {view.TitleText.En}" }, report.Title);
        Assert.Equal(edition == "en" ? "en" : "zh-CN", report.Language);
        Assert.All(report.Pages, page =>
        {
            Assert.InRange(page.Width, A4Width - 1, A4Width + 1);
            Assert.InRange(page.Height, A4Height - 1, A4Height + 1);
        });
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_font_is_an_embedded_TrueType_subset_of_the_briefing_fonts(string id, string edition)
    {
        var report = PdfInspector.Inspect(build.Pdf(id, edition));

        Assert.NotEmpty(report.Fonts);
        Assert.All(report.Fonts, font =>
        {
            Assert.Equal("CID TrueType", font.Type);
            Assert.True(font.Embedded, font.Name);
            Assert.Matches("^[A-Z]{6}\\+(NotoSerifSC|NotoSansSC|LXGWWenKai|NotoSerif|NotoSans)", font.Name);
        });
        Assert.Empty(PdfChecker.Check(report, edition));
    }

    /// <summary>
    /// On a busy machine Chromium now and then draws a note mark at the nearest whole pixel (seen:
    /// 2445 for 2444.28 px), which changed the PDF's bytes; a mark a whole number of pixels above
    /// its whole-pixel line is where that rounding would put it anyway.
    /// </summary>
    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_note_mark_sits_a_whole_number_of_pixels_above_its_line(string id, string edition)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf(id, edition));
        var offsets = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters;
            for (var i = 1; i < letters.Count; i++)
            {
                var (before, mark) = (letters[i - 1], letters[i]);
                if (mark.Value == "[" && mark.PointSize < before.PointSize * 0.8)
                {
                    // Chromium draws in CSS pixels, 0.75 pt each.
                    offsets.Add((mark.StartBaseLine.Y - before.StartBaseLine.Y) / 0.75);
                }
            }
        }

        Assert.NotEmpty(offsets);
        Assert.All(offsets, px => Assert.True(Math.Abs(px - Math.Round(px)) < 0.01, $"a mark {px:0.###} px above its line"));
    }

    /// <summary>
    /// Every figure of the key-figures table is in the text layer as each language writes it; a
    /// figure written with Chinese characters (5.2万处, 第8位) is not in the English edition, nor one
    /// written with English words (8th, 41.7 billion records) in the Chinese edition.
    /// </summary>
    [Theory]
    [MemberData(nameof(Editions))]
    public void The_text_layer_holds_every_key_figure_as_each_language_writes_it(string id, string edition)
    {
        var (_, view) = DataViews.Load(id);
        var text = TextOf(id, edition);
        var values = view.KeyFigures.Select(f => (Zh: DataViews.Plain(f.Value.Zh), En: DataViews.Plain(f.Value.En))).ToList();

        Assert.NotEmpty(values);
        foreach (var (zh, en) in values)
        {
            if (edition != "en")
            {
                Assert.Contains(DataViews.Squeezed(zh), text, StringComparison.Ordinal);
            }

            if (edition != "zh")
            {
                Assert.Contains(DataViews.Squeezed(en), text, StringComparison.Ordinal);
            }

            if (edition == "en" && zh.Any(IsHan))
            {
                Assert.DoesNotContain(DataViews.Squeezed(zh), text, StringComparison.Ordinal);
            }

            if (edition == "zh" && en.Any(char.IsAsciiLetter) && !DataViews.Squeezed(zh).Contains(DataViews.Squeezed(en), StringComparison.Ordinal))
            {
                Assert.DoesNotContain(DataViews.Squeezed(en), text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_masthead_and_the_end_of_each_edition_are_in_its_text_layer(string id, string edition)
    {
        var (_, view) = DataViews.Load(id);
        var text = TextOf(id, edition);
        var labels = EditionLabels.All;
        IEnumerable<Pair?> expected = edition == "en"
            ? [view.Date, labels.Sources]
            : [view.Date, view.Series, view.IssueLabel, view.Classification, labels.Sources, view.Distribution?.Copies];

        // A briefing without a distribution block (none in its data, none in office.yaml) prints no print run.
        foreach (var pair in expected.OfType<Pair>())
        {
            Assert.Contains(DataViews.Squeezed(DataViews.Plain(edition == "en" ? pair.En : pair.Zh)), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Chinese_pages_are_numbered_with_dashes(string id)
    {
        var pages = PdfInspector.Inspect(build.Pdf(id, "zh")).Pages;

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"— {i + 1} —", pages[i].Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_outline_lists_the_title_every_section_the_key_figures_and_the_sources(string id, string edition)
    {
        var (_, view) = DataViews.Load(id);
        var outline = string.Join("\n", PdfInspector.Inspect(build.Pdf(id, edition)).Outline);
        string Shown(Pair pair) => DataViews.Plain(edition == "en" ? pair.En : pair.Zh);

        Assert.Contains(Shown(view.TitleText), outline, StringComparison.Ordinal);
        Assert.NotEmpty(view.Sections);
        Assert.All(view.Sections, section => Assert.Contains(Shown(section.Heading), outline, StringComparison.Ordinal));
        if (view.KeyFigures.Count > 0)
        {
            Assert.Contains(Shown(EditionLabels.All.KeyFigures), outline, StringComparison.Ordinal);
        }

        if (view.Sources.Count > 0)
        {
            Assert.Contains(Shown(EditionLabels.All.Sources), outline, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_line_of_a_chinese_edition_starts_with_closing_punctuation(string id)
    {
        // clreq: these may not begin a line (W3C Requirements for Chinese Text Layout, 3.1.7).
        const string closing = "，。、；：？！）》」』”’";
        foreach (var edition in new[] { "zh", "zh-en" })
        {
            var report = PdfInspector.Inspect(build.Pdf(id, edition));
            var lines = report.Pages.SelectMany(p => p.Text.Split('\n')).ToList();

            Assert.True(lines.Count > 10 * report.Pages.Count, $"only {lines.Count} lines were read from {report.Pages.Count} pages: the line split is broken");
            Assert.All(lines, line => Assert.False(line.Length > 0 && closing.Contains(line[0], StringComparison.Ordinal), $"line starts with punctuation: {line}"));
        }
    }

    private string TextOf(string id, string edition) =>
        DataViews.Squeezed(string.Concat(PdfInspector.Inspect(build.Pdf(id, edition)).Pages.Select(p => p.Text)));

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
