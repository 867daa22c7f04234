using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>
/// The parts of a whole as one bar cut into segments, with a legend that names each part and its
/// figure. With a whole, the bar's full length is the whole, and what the parts leave is its track.
/// </summary>
internal static class StackedChart
{
    private const double Width = 600;
    private const double BarHeight = 40;
    private const double TextSize = 16;
    private const double LineHeight = 21;
    private const double Swatch = 14;

    // Steps of lightness that stay apart in greyscale, so that a black-and-white print still tells the parts apart.
    private static readonly string[] Fills = ["#a8141c", "#7a7a7a", "#e0868a", "#bdbdbd", "#5c0b10", "#f3cfd1"];

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        var parts = chart.Points;
        var sum = parts.Sum(p => (double)p.Value);
        var total = Math.Max(sum, chart.Whole is null ? 0 : (double)chart.Whole.Value);
        var scale = total == 0 ? 0 : Width / total;
        var heading = chart.Whole is null ? [] : ChartText.Wrap(Entry(chart.Whole, zh), Width, TextSize, bold: true);
        var legend = parts.Select(p => ChartText.Wrap(Entry(p, zh), Width - Swatch - 8, TextSize)).ToList();
        var barTop = heading.Count == 0 ? 0 : (heading.Count * LineHeight) + 8;
        var height = barTop + BarHeight + 16 + legend.Sum(l => (l.Count * LineHeight) + 6);

        var svg = Svg.Begin(id, Width, height, Pick(chart.Title, zh), Pick(chart.Description, zh));
        if (heading.Count > 0)
        {
            ChartText.Lines(svg, 0, TextSize, heading, LineHeight, $"font-size=\"{Svg.N(TextSize)}\" font-weight=\"700\" fill=\"{Svg.Ink}\"");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"whole\" x=\"0\" y=\"{Svg.N(barTop)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(BarHeight)}\" fill=\"{Svg.Track}\"/>");
        }

        var x = 0.0;
        var top = barTop + BarHeight + 16;
        for (var i = 0; i < parts.Count; i++)
        {
            var fill = Fills[i % Fills.Length];
            var length = (double)parts[i].Value * scale;
            // A white edge between segments keeps neighbours of a like grey apart.
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"part\" x=\"{Svg.N(x)}\" y=\"{Svg.N(barTop)}\" width=\"{Svg.N(length)}\" height=\"{Svg.N(BarHeight)}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            x += length;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{Svg.N(top + 3)}\" width=\"{Svg.N(Swatch)}\" height=\"{Svg.N(Swatch)}\" fill=\"{fill}\"/>");
            ChartText.Lines(svg, Swatch + 8, top + TextSize, legend[i], LineHeight, $"font-size=\"{Svg.N(TextSize)}\" fill=\"{Svg.Ink}\"");
            top += (legend[i].Count * LineHeight) + 6;
        }

        return Svg.End(svg);
    }

    /// <summary>A part's legend entry: its label and its figure, as each language joins them.</summary>
    private static string Entry(ChartPoint point, bool zh) =>
        zh ? $"{point.Label.Zh}：{point.ValueText.Zh}" : $"{point.Label.En}: {point.ValueText.En}";

    private static string Pick(Pair pair, bool zh) => zh ? pair.Zh : pair.En;
}
