using System.Globalization;
using System.Net;
using System.Xml.Linq;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Charts;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// The chart kinds drawn from the charts fixture, in both languages: lengths in proportion to the
/// facts' values (read from the fixture), zero lines, wrapped labels, escaped text, and a text
/// alternative that names every figure the drawing shows.
/// </summary>
public sealed class ChartDrawingTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Languages => new() { "zh", "en" };

    public static TheoryData<string, string> KindsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "bars", "columns", "line", "stacked" })
        {
            data.Add(kind, "zh");
            data.Add(kind, "en");
        }

        return data;
    }

    [Fact]
    public void The_charts_fixture_checks_without_errors_or_warnings()
    {
        var diagnostics = new DiagnosticBag();

        BuildPipeline.LoadAll([TestPaths.Fixture("charts")], diagnostics);

        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Bars_are_as_long_as_their_values_and_all_start_at_zero(string language)
    {
        var briefing = Load();
        var values = Values(briefing, ChartKind.Bars);

        var svg = Draw(briefing, "bars", language);

        var bars = Elements(svg, "rect", "bar");
        var zero = Elements(svg, "line", "zero").Select(l => Number(l, "x1")).Distinct().Single();
        Assert.Equal(values.Count, bars.Count);
        Assert.All(bars, bar => Assert.Equal(zero, Number(bar, "x")));
        AssertProportional(bars.Select(b => Number(b, "width")).ToList(), values);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_negative_value_is_drawn_on_the_other_side_of_the_zero_line_in_proportion(string language)
    {
        // A fall, as a change figure has; drawn without the checker, which knows no such kind yet.
        var briefing = Negated(Load(), ChartKind.Bars, 1);
        var values = Values(briefing, ChartKind.Bars);

        var svg = Draw(briefing, "bars", language);

        var bars = Elements(svg, "rect", "bar");
        var zero = Elements(svg, "line", "zero").Select(l => Number(l, "x1")).Distinct().Single();
        Assert.True(zero > 0, "with a negative value the zero line moves in from the edge");
        Assert.Equal(zero, Number(bars[1], "x") + Number(bars[1], "width"), 0.15);
        Assert.All(bars.Where((_, i) => i != 1), bar => Assert.Equal(zero, Number(bar, "x")));
        AssertProportional(bars.Select(b => Number(b, "width")).ToList(), values.Select(Math.Abs).ToList());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_negative_column_hangs_from_the_zero_line_in_proportion(string language)
    {
        var briefing = Negated(Load(), ChartKind.Columns, 0);
        var values = Values(briefing, ChartKind.Columns);

        var svg = Draw(briefing, "columns", language);

        var columns = Elements(svg, "rect", "bar");
        var zero = Number(Elements(svg, "line", "zero").Single(), "y1");
        Assert.Equal(zero, Number(columns[0], "y"), 0.15);
        Assert.All(columns.Skip(1), c => Assert.Equal(zero, Number(c, "y") + Number(c, "height"), 0.15));
        AssertProportional(columns.Select(c => Number(c, "height")).ToList(), values.Select(Math.Abs).ToList());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Columns_stand_on_the_zero_line_as_high_as_their_values(string language)
    {
        var briefing = Load();
        var values = Values(briefing, ChartKind.Columns);

        var svg = Draw(briefing, "columns", language);

        var columns = Elements(svg, "rect", "bar");
        var zero = Number(Elements(svg, "line", "zero").Single(), "y1");
        Assert.Equal(values.Count, columns.Count);
        Assert.All(columns, c => Assert.Equal(zero, Number(c, "y") + Number(c, "height"), 0.15));
        AssertProportional(columns.Select(c => Number(c, "height")).ToList(), values);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_line_whose_axis_does_not_start_at_zero_says_so_and_keeps_its_points_in_proportion(string language)
    {
        var briefing = Load();
        var values = Values(briefing, ChartKind.Line);
        var chart = View(briefing, "line");

        var svg = Draw(briefing, "line", language);

        // The fixture's lowest share is more than half its highest, so the axis is cut, and says where.
        Assert.True(values.Min() > values.Max() / 2, "the fixture's line should lie far above zero");
        Assert.InRange(chart.AxisFrom, 0.0001m, values.Min());
        var note = Elements(svg, "text", "axis-note").Single();
        Assert.Equal(WebUtility.HtmlDecode(Pick(chart.AxisNote!, language)), note.Value);
        var bottom = Number(Elements(svg, "line", "base").Single(), "y1");
        var heights = svg.Descendants(S + "circle").Select(c => bottom - Number(c, "cy")).ToList();
        AssertProportional(heights, values.Select(v => v - chart.AxisFrom).ToList());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_line_whose_lowest_point_is_at_most_half_its_highest_starts_at_zero_without_a_note(string language)
    {
        var briefing = Load();
        var line = Chart(briefing, ChartKind.Line);
        var highest = Values(briefing, ChartKind.Line).Max();
        var first = line.Facts[0].Id;
        // The first point brought down to half the highest.
        briefing = briefing with
        {
            Facts = briefing.Facts.Select(f => f.Id == first ? f with { Value = f.Value! with { Typed = new Quantity(highest / 2, 1) } } : f).ToList(),
        };

        var svg = Draw(briefing, "line", language);

        Assert.Equal(0, View(briefing, "line").AxisFrom);
        Assert.Empty(Elements(svg, "text", "axis-note"));
        var bottom = Number(Elements(svg, "line", "base").Single(), "y1");
        AssertProportional(svg.Descendants(S + "circle").Select(c => bottom - Number(c, "cy")).ToList(), Values(briefing, ChartKind.Line));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Stacked_parts_are_segments_in_proportion_and_the_whole_is_the_full_bar(string language)
    {
        var briefing = Load();
        var parts = Values(briefing, ChartKind.Stacked);
        var chart = Chart(briefing, ChartKind.Stacked);
        var whole = briefing.Facts.Single(f => f.Id == chart.Whole!.Id).Value!.Typed!.Value;

        var svg = Draw(briefing, "stacked", language);

        var segments = Elements(svg, "rect", "part");
        var track = Number(Elements(svg, "rect", "whole").Single(), "width");
        Assert.Equal(parts.Count, segments.Count);
        AssertProportional(segments.Select(s => Number(s, "width")).Append(track).ToList(), parts.Append(whole).ToList());
        // Each segment begins where the one before it ends.
        for (var i = 1; i < segments.Count; i++)
        {
            Assert.Equal(Number(segments[i - 1], "x") + Number(segments[i - 1], "width"), Number(segments[i], "x"), 0.15);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Stacked_parts_without_a_whole_fill_the_bar_between_them(string language)
    {
        var briefing = Load();
        var chart = Chart(briefing, ChartKind.Stacked);
        briefing = briefing with
        {
            Sections = briefing.Sections.Select(s => s with { Body = s.Body.Select(b => b == chart ? chart with { Whole = null } : b).ToList() }).ToList(),
        };

        var svg = Draw(briefing, "stacked", language);

        var width = double.Parse(svg.Root!.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.Empty(Elements(svg, "rect", "whole"));
        Assert.Equal(width, Elements(svg, "rect", "part").Sum(s => Number(s, "width")), 0.3);
        AssertProportional(Elements(svg, "rect", "part").Select(s => Number(s, "width")).ToList(), Values(briefing, ChartKind.Stacked));
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Every_chart_has_a_text_alternative_that_names_each_figure_it_draws(string kind, string language)
    {
        var briefing = Load();
        var chart = View(briefing, kind);
        var item = Chart(briefing, Enum.Parse<ChartKind>(kind, ignoreCase: true));

        var svg = Draw(briefing, kind, language);

        var desc = svg.Descendants(S + "desc").Single().Value;
        var title = language == "zh" ? item.Title.Zh : item.Title.En;
        Assert.StartsWith(title, desc, StringComparison.Ordinal);
        Assert.Equal(title, svg.Descendants(S + "title").Single().Value);
        foreach (var point in chart.Whole is null ? chart.Points : chart.Points.Append(chart.Whole))
        {
            Assert.Contains(WebUtility.HtmlDecode(Pick(point.ValueText, language)), desc, StringComparison.Ordinal);
            // A period that begins a label with a capital is read in the sentence in lower case.
            Assert.Contains(WebUtility.HtmlDecode(Pick(point.Label, language)), desc, StringComparison.OrdinalIgnoreCase);
            // What the description says, the drawing shows.
            Assert.Contains(WebUtility.HtmlDecode(Pick(point.ValueText, language)), DrawnText(svg), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Long_english_labels_are_wrapped_within_the_drawing_and_read_whole()
    {
        var briefing = Load();
        var labels = Chart(briefing, ChartKind.Bars).Facts.Select(r => briefing.Facts.Single(f => f.Id == r.Id).Label.En).ToList();

        var svg = Draw(briefing, "bars", "en");

        var width = double.Parse(svg.Root!.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);
        var texts = svg.Descendants(S + "text").Where(t => t.Elements(S + "tspan").Count() > 1).ToList();
        Assert.Equal(labels, texts.Select(t => string.Join(" ", t.Elements(S + "tspan").Select(s => s.Value))).ToList());
        Assert.All(texts.SelectMany(t => t.Elements(S + "tspan")), line => Assert.True(ChartText.Width(line.Value, 17) <= width, line.Value));
    }

    [Fact]
    public void A_long_english_label_of_a_progress_chart_is_wrapped_within_the_drawing()
    {
        var briefing = Load();
        var label = briefing.Facts.Single(f => f.Id == Chart(briefing, ChartKind.Progress).Facts[0].Id).Label.En;

        var svg = Draw(briefing, "progress", "en");

        var width = double.Parse(svg.Root!.Attribute("viewBox")!.Value.Split(' ')[2], CultureInfo.InvariantCulture);
        var text = svg.Descendants(S + "text").Single(t => t.Elements(S + "tspan").Count() > 1);
        Assert.Equal(label, string.Join(" ", text.Elements(S + "tspan").Select(s => s.Value)));
        Assert.All(text.Elements(S + "tspan"), line => Assert.True(ChartText.Width(line.Value, 17) <= width, line.Value));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Markup_in_a_chart_label_is_drawn_as_text(string language)
    {
        var briefing = Load();
        var part = Chart(briefing, ChartKind.Stacked).Facts[0].Id;
        var hostile = "<script>alert(1)</script> & \"Co\"";
        briefing = briefing with
        {
            Facts = briefing.Facts.Select(f => f.Id == part ? f with { Label = f.Label with { Zh = hostile, En = hostile } } : f).ToList(),
        };

        var html = ChartSvg.Render(View(briefing, "stacked"), language);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains(hostile, XDocument.Parse(html).Descendants(S + "text").Select(t => t.Value).First(v => v.Contains("script", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Each_edition_draws_every_chart_of_the_data_in_a_captioned_figure(string code)
    {
        var briefing = Load();
        var charts = briefing.Sections.SelectMany(s => s.Body).OfType<ChartItem>().ToList();
        var edition = Edition.Printed.Single(e => e.Code == code);

        var html = new HtmlRenderer(TestPaths.Templates).Render(Localizer.Localize(briefing), edition);

        Assert.Equal(charts.Count, Count(html, "<svg class=\"chart-svg\""));
        Assert.Equal(charts.Count, Count(html, "role=\"img\""));
        Assert.All(charts, c => Assert.Contains("<figcaption>" + Html.Escape(code == "zh" ? c.Title.Zh : c.Title.En), html, StringComparison.Ordinal));
    }

    internal static Briefing Load()
    {
        var diagnostics = new DiagnosticBag();
        return BuildPipeline.LoadAll([TestPaths.Fixture("charts")], diagnostics)?.Single()
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
    }

    /// <summary>The briefing with the chart's fact at the index made negative.</summary>
    private static Briefing Negated(Briefing briefing, ChartKind kind, int index)
    {
        var id = Chart(briefing, kind).Facts[index].Id;
        return briefing with
        {
            Facts = briefing.Facts.Select(f => f.Id == id ? f with { Value = f.Value! with { Typed = f.Value.Typed! with { Value = -f.Value.Typed!.Value } } } : f).ToList(),
        };
    }

    private static ChartItem Chart(Briefing briefing, ChartKind kind) =>
        briefing.Sections.SelectMany(s => s.Body).OfType<ChartItem>().Single(c => c.Kind == kind);

    /// <summary>The typed values of a chart's facts, in the chart's order: what the lengths must follow.</summary>
    private static List<decimal> Values(Briefing briefing, ChartKind kind) =>
        Chart(briefing, kind).Facts.Select(r => briefing.Facts.Single(f => f.Id == r.Id).Value!.Typed!.Value).ToList();

    private static ChartView View(Briefing briefing, string kind) =>
        Localizer.Localize(briefing).Sections.SelectMany(s => s.Blocks).Select(b => b.Chart).OfType<ChartView>().Single(c => c.Kind == kind);

    private static XDocument Draw(Briefing briefing, string kind, string language) =>
        XDocument.Parse(ChartSvg.Render(View(briefing, kind), language));

    private static List<XElement> Elements(XDocument svg, string name, string @class) =>
        svg.Descendants(S + name).Where(e => (string?)e.Attribute("class") == @class).ToList();

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static string DrawnText(XDocument svg) =>
        string.Concat(svg.Descendants(S + "text").Select(t => t.Elements(S + "tspan").Any() ? string.Join(" ", t.Elements(S + "tspan").Select(s => s.Value)) : t.Value));

    private static string Pick(Pair pair, string language) => language == "zh" ? pair.Zh : pair.En;

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Lengths in proportion to values, within the drawing's rounding to a tenth of a unit.</summary>
    private static void AssertProportional(List<double> lengths, List<decimal> values)
    {
        Assert.Equal(values.Count, lengths.Count);
        var largest = values.Select((v, i) => (Value: (double)v, Length: lengths[i])).MaxBy(p => p.Value);
        for (var i = 0; i < values.Count; i++)
        {
            Assert.Equal(largest.Length * (double)values[i] / largest.Value, lengths[i], 0.15);
        }
    }
}
