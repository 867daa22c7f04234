using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>One fact per period as vertical columns standing on a zero line, each with its value above and its period below.</summary>
internal static class ColumnsChart
{
    private const double Width = 600;
    private const double Side = 8;
    private const double PlotHeight = 200;
    private const double ValueSize = 16;
    private const double LabelSize = 16;
    private const double LineHeight = 20;

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        var points = chart.Points;
        var slot = (Width - (2 * Side)) / points.Count;
        var column = Math.Min(64, slot * 0.6);
        var values = points.Select(p => (double)p.Value).ToList();
        var positive = Math.Max(0, values.Max());
        var negative = Math.Max(0, -values.Min());
        var figures = points.Select(p => ChartText.Wrap(Pick(p.ValueText, zh), slot - 6, ValueSize, bold: true)).ToList();
        var labels = points.Select(p => ChartText.Wrap(Pick(p.Label, zh), slot - 4, LabelSize)).ToList();
        var figureRoom = (figures.Max(f => f.Count) * LineHeight) + 8;

        var plotTop = positive > 0 ? figureRoom : 8;
        var scale = positive + negative == 0 ? 0 : PlotHeight / (positive + negative);
        var zero = plotTop + (positive * scale);
        var plotBottom = plotTop + PlotHeight + (negative > 0 ? figureRoom : 0);
        var height = plotBottom + 12 + (labels.Max(l => l.Count) * LineHeight) + 4;

        var svg = Svg.Begin(id, Width, height, Pick(chart.Title, zh), Pick(chart.Description, zh));
        for (var i = 0; i < points.Count; i++)
        {
            var centre = Side + (slot * (i + 0.5));
            var length = Math.Abs(values[i]) * scale;
            var y = values[i] < 0 ? zero : zero - length;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{Svg.N(centre - (column / 2))}\" y=\"{Svg.N(y)}\" width=\"{Svg.N(column)}\" height=\"{Svg.N(length)}\" fill=\"{Svg.Accent}\"/>");
            var lines = figures[i];
            var firstBaseline = values[i] < 0
                ? zero + length + ValueSize + 4
                : y - 8 - ((lines.Count - 1) * LineHeight);
            ChartText.Lines(svg, centre, firstBaseline, lines, LineHeight, $"text-anchor=\"middle\" font-size=\"{Svg.N(ValueSize)}\" font-weight=\"700\" fill=\"{Svg.Ink}\"");
            ChartText.Lines(svg, centre, plotBottom + 12 + LabelSize, labels[i], LineHeight, $"text-anchor=\"middle\" font-size=\"{Svg.N(LabelSize)}\" fill=\"{Svg.Ink}\"");
        }

        // The zero line every column stands on (or hangs from).
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"zero\" x1=\"{Svg.N(Side)}\" x2=\"{Svg.N(Width - Side)}\" y1=\"{Svg.N(zero)}\" y2=\"{Svg.N(zero)}\" stroke=\"{Svg.Ink}\" stroke-width=\"1.5\"/>");
        return Svg.End(svg);
    }

    private static string Pick(Pair pair, bool zh) => zh ? pair.Zh : pair.En;
}
