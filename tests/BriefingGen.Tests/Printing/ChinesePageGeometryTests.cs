using BriefingGen.Printing;
using UglyToad.PdfPig;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// GB/T 9704's geometry, measured on the ink of the Chinese and bilingual PDFs of every briefing
/// under data/ (shared/reference/LAYOUT.md): the page number's dash, the first line, the masthead
/// and the end block are placed where the standard places their ink.
/// </summary>
public sealed class ChinesePageGeometryTests(DataBuild build) : IClassFixture<DataBuild>
{
    // The half-width of a rule or a glyph box that a renderer's rounding may move: a quarter point.
    private const double Rounding = 0.1;

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void The_page_numbers_dash_ink_tops_7_mm_below_the_type_areas_foot(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));

        var tops = pdf.GetPages().Select(page => (page.Number, Top: InkGeometry.PageNumberDashTop(page))).ToList();

        Assert.Contains(tops, t => t.Top is not null);
        var wrong = tops.Where(t => t.Top is { } top && Math.Abs(top - (InkGeometry.TypeAreaFoot + 7)) > 0.25).ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Select(t => $"page {t.Number}: {t.Top:0.00} mm")));
    }

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void The_first_lines_characters_ink_sits_37_mm_from_the_top(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));

        // Characters, as the standard says: a page that starts with a drawing (a chart, a table's
        // rule) is not measured here. A page that holds only the end block holds it at its foot.
        var firsts = pdf.GetPages()
            .Select(page => (page.Number, Ink: InkGeometry.FirstInk(page)))
            .Where(p => p.Ink is { } ink && ink.What != InkGeometry.Drawing && ink.Top < InkGeometry.TypeAreaFoot - 60)
            .Select(p => (p.Number, p.Ink!.Value.Top, p.Ink.Value.What))
            .ToList();

        Assert.NotEmpty(firsts);
        var wrong = firsts.Where(p => Math.Abs(p.Top - InkGeometry.TypeAreaTop) > 1).ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Select(p => $"page {p.Number}: {p.Top:0.00} mm ({p.What})")));
    }

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void The_masthead_series_is_centred_on_the_type_area(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));
        var first = pdf.GetPage(1);

        // The series name is the largest type of the page; page 1 is a right-hand page, bound on the left.
        var series = InkGeometry.Lines(first).MaxBy(line => line.PointSize)!;
        var centre = 28 + (156 / 2.0);

        Assert.True(Math.Abs(series.Centre - centre) <= 0.3, $"{series.Text} is centred at {series.Centre:0.00} mm, the type area at {centre:0.00} mm");
    }

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void The_end_block_is_at_the_foot_of_an_even_last_page_with_its_rules_as_thick_as_the_standard_says(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));
        var last = pdf.GetPage(pdf.NumberOfPages);

        // The end block's rules run the type area's width (156 mm); a table's are cut at its cells.
        var rules = InkGeometry.Rules(last, minimumWidth: 150);

        Assert.True(pdf.NumberOfPages % 2 == 0, $"the last page is page {pdf.NumberOfPages}");
        Assert.True(rules.Count >= 3, $"{rules.Count} rules on the last page");
        // The browser sets the block on whole pixels: its foot is at most one above the area's.
        Assert.InRange(rules[^1].Bottom, InkGeometry.TypeAreaFoot - EndBlockPlacement.Pixel - Rounding / 2, InkGeometry.TypeAreaFoot + 0.25);
        Assert.InRange(rules[0].Thickness, 0.35 - Rounding / 2, 0.35 + Rounding / 2);
        Assert.InRange(rules[^1].Thickness, 0.35 - Rounding / 2, 0.35 + Rounding / 2);
        Assert.All(rules.Skip(1).SkipLast(1), inner => Assert.InRange(inner.Thickness, 0.25 - Rounding / 2, 0.25 + Rounding / 2));
    }
}
