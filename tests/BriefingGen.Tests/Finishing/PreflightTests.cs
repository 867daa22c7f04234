using BriefingGen.Finishing;

namespace BriefingGen.Tests.Finishing;

/// <summary>The preflight on real PDFs printed by Chromium, each with a defect it must find, and its twin without it.</summary>
public sealed class PreflightTests(HandWrittenPages pages) : IClassFixture<HandWrittenPages>
{
    // Thirty-two characters of running text: a GB/T 9704 line holds twenty-eight.
    private const string Text = "数字城市建设扎实推进，济南如何带着厚实的数字产业家底迈向国家队，";

    private static string Paragraphs(int count) => string.Concat(Enumerable.Repeat($"<p>{Text}{Text}{Text}</p>", count));

    [Fact]
    public async Task A_line_that_starts_with_a_full_stop_is_reported_on_its_page()
    {
        // 'line-break: anywhere' lets the browser break before 。, which the default rules never do.
        var body = "<p style=\"width: 5em; text-indent: 0; line-break: anywhere\">一二三四五。六七八九十</p>";
        var broken = await pages.ChineseAsync(body);
        var kept = await pages.ChineseAsync(body.Replace("line-break: anywhere", "line-break: auto", StringComparison.Ordinal));

        var error = Assert.Single(broken.Warnings, e => e.Check == PreflightCheck.LineStartPunctuation);
        Assert.Equal(1, error.Page);
        Assert.Contains("。", error.Text.En, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.Findings, f => f.Check == PreflightCheck.LineStartPunctuation);
    }

    [Fact]
    public async Task A_page_number_lower_than_the_standard_is_measured_from_its_dash_ink()
    {
        // The number sits in the page's content, its box's top at a known distance from the page's top edge;
        // moving it down 5 mm must move the measured dash ink down 5 mm and past the tolerance.
        string Page(double topMm) => Paragraphs(1) +
            $"<div style=\"position: absolute; top: {topMm - 37}mm; right: 14pt; font-size: 14pt; line-height: 14pt; text-indent: 0\">— 1 —</div>";
        var near = await pages.ChineseAsync(Page(PageNumbers.DashTopMm - 3));
        var low = await pages.ChineseAsync(Page(PageNumbers.DashTopMm + 2));

        var nearTop = DashTop(near);
        var lowTop = DashTop(low);
        // Chromium places boxes on whole pixels (0.26 mm).
        Assert.InRange(lowTop - nearTop, 4.7, 5.3);
        Assert.Contains(low.Warnings, w => w.Check == PreflightCheck.PageNumber && w.Text.En.Contains("dash", StringComparison.Ordinal));
        Assert.Equal(EditionKind.ChineseOfficial, low.Kind);
    }

    [Fact]
    public async Task A_page_number_that_is_not_the_page_s_number_is_an_error()
    {
        var report = await pages.ChineseAsync(Paragraphs(1) + "<div style=\"font-size: 14pt; position: absolute; top: 200mm; text-indent: 0\">— 5 —</div>");

        var error = Assert.Single(report.Errors, e => e.Check == PreflightCheck.PageNumber);
        Assert.Equal(1, error.Page);
    }

    [Fact]
    public async Task A_full_page_is_measured_as_twenty_two_lines_of_twenty_eight_characters_on_the_grid()
    {
        var report = await pages.ChineseAsync(Paragraphs(9));

        Assert.Equal(EditionKind.ChineseOfficial, report.Kind);
        Assert.Equal($"{ChineseGrid.LinesPerPage}", Figure(report, "lines per page"));
        Assert.Equal($"{ChineseGrid.CharactersPerLine}", Figure(report, "characters per full line"));
        Assert.Equal("0", Figure(report, "body lines off the page grid"));
        Assert.DoesNotContain(report.Findings, f => f.Check is PreflightCheck.Grid or PreflightCheck.OffGrid or PreflightCheck.Margin);
    }

    [Fact]
    public async Task A_line_pushed_off_the_grid_is_named_with_its_page_and_first_characters()
    {
        var report = await pages.ChineseAsync(Paragraphs(1) + "<p style=\"margin-top: 10pt\">偏离网格的这一段</p>" + Paragraphs(1));

        var finding = Assert.Single(report.Warnings, w => w.Check == PreflightCheck.OffGrid);
        Assert.Contains("偏离网格", finding.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_font_is_embedded_TrueType_and_a_name_s_weight_word_is_read_whole()
    {
        var report = await pages.ChineseAsync(Paragraphs(1));

        Assert.DoesNotContain(report.Errors, e => e.Check == PreflightCheck.FontEmbedding);
        Assert.Equal("0", Figure(report, "fonts not embedded"));
        Assert.Equal([("ExtraLight", 200), ("Regular", 400)], FontCheck.NamedWeights("AAAAAA+NotoSerifSCExtraLight-Regular").ToList());
        Assert.Equal([("Bold", 700)], FontCheck.NamedWeights("BAAAAA+NotoSansSC-Bold").ToList());
    }

    [Fact]
    public async Task The_colour_spaces_of_each_page_are_reported()
    {
        var report = await pages.ChineseAsync("<p style=\"color: rgb(200, 0, 0)\">红色的字</p>");

        Assert.Contains("DeviceRGB (page 1)", Figure(report, "colour spaces"), StringComparison.Ordinal);
    }

    // Lines of exactly one measure, unindented: a page holds ChineseGrid.LinesPerPage of them.
    private static string Lines(int count) => string.Concat(Enumerable.Repeat($"<p style=\"text-indent: 0\">{Text[..ChineseGrid.CharactersPerLine]}</p>", count));

    private const string Heading = "<h2 style=\"font: 700 16pt/28.95pt 'Noto Sans SC'; margin: 0\">一、三年提升四位</h2>";

    [Fact]
    public async Task A_heading_as_a_page_s_last_line_is_reported_and_one_line_higher_it_is_not()
    {
        var atFoot = await pages.ChineseAsync(Lines(ChineseGrid.LinesPerPage - 1) + Heading + Paragraphs(1));
        var above = await pages.ChineseAsync(Lines(ChineseGrid.LinesPerPage - 2) + Heading + Paragraphs(1));

        var finding = Assert.Single(atFoot.Warnings, w => w.Check == PreflightCheck.HeadingAtFoot);
        Assert.Equal(1, finding.Page);
        Assert.Contains("三年提升", finding.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain(above.Findings, f => f.Check == PreflightCheck.HeadingAtFoot);
    }

    [Fact]
    public async Task A_heading_whose_last_line_holds_one_character_is_reported()
    {
        const string heading = "<h2 style=\"font: 700 16pt/28.95pt 'Noto Sans SC'; margin: 0; width: {0}em\">一二三四五六</h2>";
        var broken = await pages.ChineseAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, heading, 5) + Paragraphs(1));
        var whole = await pages.ChineseAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, heading, 7) + Paragraphs(1));

        var finding = Assert.Single(broken.Warnings, w => w.Check == PreflightCheck.HeadingSingleCharacter);
        Assert.Contains("六", finding.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain(whole.Findings, f => f.Check == PreflightCheck.HeadingSingleCharacter);
    }

    [Fact]
    public async Task A_paragraph_s_first_line_alone_at_the_page_s_foot_is_a_widow_and_two_lines_are_not()
    {
        var alone = await pages.ChineseAsync(Lines(ChineseGrid.LinesPerPage - 1) + Paragraphs(1));
        var two = await pages.ChineseAsync(Lines(ChineseGrid.LinesPerPage - 2) + Paragraphs(1));

        var widow = Assert.Single(alone.Warnings, w => w.Check == PreflightCheck.Widow);
        Assert.Equal(1, widow.Page);
        Assert.Contains("first line", widow.Text.En, StringComparison.Ordinal);
        Assert.DoesNotContain(two.Findings, f => f.Check == PreflightCheck.Widow);
    }

    [Fact]
    public async Task A_line_justified_over_the_gap_an_unbreakable_word_left_is_stretched_and_set_ragged_it_is_not()
    {
        // The long Latin word cannot break: it moves whole to the next line, and justification spreads
        // the room it left over the gaps of the line above. It is too long for the printer to take back
        // by squeezing the line (more than a tenth of an em a character).
        var body = $"<p style=\"text-indent: 0; text-align: justify; text-align-last: left\">{Text[..24]}Internationalisation{Text}{Text}</p>";
        var justified = await pages.ChineseAsync(body);
        var ragged = await pages.ChineseAsync(body.Replace("text-align: justify", "text-align: left", StringComparison.Ordinal));

        var stretched = Assert.Single(justified.Warnings, w => w.Check == PreflightCheck.Stretch);
        Assert.Contains(Text[..5], stretched.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain(ragged.Findings, f => f.Check == PreflightCheck.Stretch);
    }

    [Fact]
    public async Task A_Chinese_page_left_short_by_a_paragraph_kept_whole_is_reported_and_one_that_splits_is_not()
    {
        // Eight lines that cannot split do not fit in the six left on the page: they go to the next one whole.
        const string whole = "<p style=\"break-inside: avoid\">";
        var body = Lines(ChineseGrid.LinesPerPage - 6) + whole + Text + Text + Text + Text + Text + Text + Text + "</p>";
        var kept = await pages.ChineseAsync(body);
        var split = await pages.ChineseAsync(body.Replace(whole, "<p>", StringComparison.Ordinal));

        var finding = Assert.Single(kept.Warnings, w => w.Check == PreflightCheck.ShortPage);
        Assert.Equal(1, finding.Page);
        Assert.Contains("6", finding.Text.En, StringComparison.Ordinal);
        Assert.Contains(Text[..4], finding.Text.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain(split.Findings, f => f.Check == PreflightCheck.ShortPage);
    }

    [Fact]
    public async Task An_English_page_left_short_by_a_figure_kept_whole_is_reported_and_one_ending_before_a_section_is_not()
    {
        const string css = """
            @page { size: A4; margin: 25mm; }
            html { font: 11pt/16.5pt "Noto Serif"; orphans: 2; widows: 2; } body { margin: 0; } p { margin: 0; }
            h2 { font: 700 14pt/18pt "Noto Sans"; margin: 0; break-before: page; }
            .figure { height: 90mm; background: #a00; break-inside: avoid; }
            """;
        var lines = string.Concat(Enumerable.Repeat("<p>Digital Jinan is a city of data, of industry and of government services online.</p>", 36));
        var figure = await pages.PrintAsync("en", css, lines + "<div class=\"figure\"></div>" + lines);
        var section = await pages.PrintAsync("en", css, lines + "<h2>A new section</h2>" + lines);

        var finding = Assert.Single(figure.Warnings, w => w.Check == PreflightCheck.ShortPage);
        Assert.Equal(1, finding.Page);
        Assert.DoesNotContain(section.Findings, f => f.Check == PreflightCheck.ShortPage);
    }

    [Fact]
    public async Task A_line_that_misses_a_word_by_a_little_is_squeezed_to_take_it_back_rather_than_stretched()
    {
        // Fourteen letters that cannot break, where the line has room for some four characters more.
        var report = await pages.ChineseAsync($"<p style=\"text-indent: 0; text-align: justify; text-align-last: left\">{Text[..24]}Digitalisation{Text}{Text}</p>");

        Assert.DoesNotContain(report.Findings, f => f.Check == PreflightCheck.Stretch);
        Assert.Contains(report.Figures, f => f.Name.En.StartsWith("widest stretch", StringComparison.Ordinal) && f.Value.StartsWith("0.", StringComparison.Ordinal));
    }

    private static double DashTop(PreflightReport report) =>
        double.Parse(Figure(report, "page number's dash").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string Figure(PreflightReport report, string name) =>
        report.Figures.Single(f => f.Name.En.StartsWith(name, StringComparison.Ordinal)).Value;
}
