using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>The three PDFs of the Jinan briefing, printed by real Chromium and read back with PdfPig.</summary>
public sealed class PrintedEditionTests(JinanBuild build) : IClassFixture<JinanBuild>
{
    private const double A4Width = 595.0;
    private const double A4Height = 842.0;

    public static TheoryData<string, string> Editions => new()
    {
        { "zh", "跻身“一梯队” “数”聚新动能" },
        { "en", "Jinan Joins the “First Tier” as Digital Drives New Momentum" },
        { "zh-en", "跻身“一梯队” “数”聚新动能 | Jinan Joins the “First Tier” as Digital Drives New Momentum" },
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_edition_is_a_tagged_A4_pdf_with_its_title_and_language(string edition, string title)
    {
        var report = PdfInspector.Inspect(build.Pdf(edition));

        Assert.True(report.Tagged);
        Assert.Equal(title, report.Title);
        Assert.Equal(edition == "en" ? "en" : "zh-CN", report.Language);
        Assert.All(report.Pages, page =>
        {
            Assert.InRange(page.Width, A4Width - 1, A4Width + 1);
            Assert.InRange(page.Height, A4Height - 1, A4Height + 1);
        });
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_font_is_an_embedded_TrueType_subset_of_the_briefing_fonts(string edition, string title)
    {
        _ = title;
        var report = PdfInspector.Inspect(build.Pdf(edition));

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
    public void Every_note_mark_sits_a_whole_number_of_pixels_above_its_line(string edition, string title)
    {
        _ = title;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf(edition));
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

    [Theory]
    [InlineData("zh", new[] { "5.2万处", "第8位", "417亿条", "6500亿元", "5000P", "2025年1月8日", "政协参阅", "第1期", "内部资料", "资料来源", "共印200份" }, new[] { "52,000", "8th" })]
    [InlineData("en", new[] { "52,000", "8th", "41.7 billion records", "RMB 650 billion", "5,000 PFLOPS", "8 January 2025", "Sources", "Page 1 of" }, new[] { "5.2万", "第8位" })]
    [InlineData("zh-en", new[] { "5.2万处", "第8位", "52,000", "8th", "资料来源", "Sources" }, new string[0])]
    public void The_text_layer_holds_the_figures_as_each_language_writes_them(string edition, string[] present, string[] absent)
    {
        var text = string.Concat(PdfInspector.Inspect(build.Pdf(edition)).Pages.Select(p => p.Text)).Replace("\n", "", StringComparison.Ordinal);

        Assert.All(present, expected => Assert.Contains(expected, text, StringComparison.Ordinal));
        Assert.All(absent, unexpected => Assert.DoesNotContain(unexpected, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_pages_are_numbered_with_dashes()
    {
        var pages = PdfInspector.Inspect(build.Pdf("zh")).Pages;

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"— {i + 1} —", pages[i].Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_outline_lists_the_title_and_every_section(string edition, string title)
    {
        _ = title;
        var outline = string.Join("\n", PdfInspector.Inspect(build.Pdf(edition)).Outline);

        var sections = edition == "en"
            ? new[] { "Up four places in three years", "Key figures", "Sources" }
            : new[] { "三年提升四位", "锚定“国家队”", "数字红利不断释放", "资料来源" };
        Assert.All(sections, heading => Assert.Contains(heading, outline, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-en")]
    public void No_line_starts_with_closing_punctuation(string edition)
    {
        // clreq: these may not begin a line (W3C Requirements for Chinese Text Layout, 3.1.7).
        const string closing = "，。、；：？！）》」』”’";
        var lines = PdfInspector.Inspect(build.Pdf(edition)).Pages.SelectMany(p => p.Text.Split('\n')).ToList();

        Assert.True(lines.Count > 100, $"only {lines.Count} lines were read: the line split is broken");
        Assert.All(lines, line => Assert.False(line.Length > 0 && closing.Contains(line[0], StringComparison.Ordinal), $"line starts with punctuation: {line}"));
    }
}
