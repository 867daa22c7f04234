using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>Facts compared: one horizontal bar each under its label, all measured from one zero line.</summary>
internal static class BarsChart
{
    private const double Width = 600;
    private const double LabelSize = 17;
    private const double ValueSize = 17;
    private const double LineHeight = 22;
    private const double BarHeight = 22;
    private const double Gap = 8;

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        var points = chart.Points;
        var values = points.Select(p => (double)p.Value).ToList();
        var positive = Math.Max(0, values.Max());
        var negative = Math.Max(0, -values.Min());
        // Room for the value written beyond the end of the longest bar, on each side that has bars.
        var room = points.Max(p => ChartText.Width(System.Net.WebUtility.HtmlDecode(Pick(p.ValueText, zh)), ValueSize, bold: true)) + Gap;
        var left = negative > 0 ? room : 0;
        var right = positive > 0 || negative == 0 ? room : 0;
        var scale = positive + negative == 0 ? 0 : (Width - left - right) / (positive + negative);
        var zero = left + (negative * scale);

        var rows = points.Select(p => ChartText.Wrap(Pick(p.Label, zh), Width, LabelSize)).ToList();
        var height = rows.Sum(lines => (lines.Count * LineHeight) + 6 + BarHeight + 16) + 4;
        var svg = Svg.Begin(id, Width, height, Pick(chart.Title, zh), Pick(chart.Description, zh));
        var top = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var lines = rows[i];
            ChartText.Lines(svg, 0, top + LabelSize, lines, LineHeight, $"font-size=\"{Svg.N(LabelSize)}\" fill=\"{Svg.Ink}\"");
            var barTop = top + (lines.Count * LineHeight) + 6;
            var length = Math.Abs(values[i]) * scale;
            var x = values[i] < 0 ? zero - length : zero;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{Svg.N(x)}\" y=\"{Svg.N(barTop)}\" width=\"{Svg.N(length)}\" height=\"{Svg.N(BarHeight)}\" fill=\"{Svg.Accent}\"/>");
            var (valueX, anchor) = values[i] < 0 ? (x - Gap, "end") : (x + length + Gap, "start");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(valueX)}\" y=\"{Svg.N(barTop + 17)}\" text-anchor=\"{anchor}\" font-size=\"{Svg.N(ValueSize)}\" font-weight=\"700\" fill=\"{Svg.Ink}\">{Pick(points[i].ValueText, zh)}</text>");
            // The zero line the bar is measured from, drawn at each bar so that it never crosses a label.
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"zero\" x1=\"{Svg.N(zero)}\" x2=\"{Svg.N(zero)}\" y1=\"{Svg.N(barTop - 3)}\" y2=\"{Svg.N(barTop + BarHeight + 3)}\" stroke=\"{Svg.Ink}\" stroke-width=\"1.5\"/>");
            top = barTop + BarHeight + 16;
        }

        return Svg.End(svg);
    }

    private static string Pick(Pair pair, bool zh) => zh ? pair.Zh : pair.En;
}
