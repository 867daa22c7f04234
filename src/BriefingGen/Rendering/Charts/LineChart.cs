using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>
/// One fact per period as a line through labelled points. The value axis may start above zero
/// to keep the line readable; the drawing then says so at the axis, and the base line is broken.
/// </summary>
internal static class LineChart
{
    private const double Width = 600;
    private const double Side = 8;
    private const double PlotHeight = 180;
    private const double ValueSize = 16;
    private const double LabelSize = 16;
    private const double NoteSize = 14;
    private const double LineHeight = 20;

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        var points = chart.Points;
        var slot = (Width - (2 * Side)) / points.Count;
        var from = (double)chart.AxisFrom;
        var highest = Math.Max(0, (double)points.Max(p => p.Value));
        var span = highest - from;
        var figures = points.Select(p => ChartText.Wrap(Pick(p.ValueText, zh), slot - 6, ValueSize, bold: true)).ToList();
        var labels = points.Select(p => ChartText.Wrap(Pick(p.Label, zh), slot - 4, LabelSize)).ToList();
        var note = chart.AxisNote is null ? null : Pick(chart.AxisNote, zh);
        var plotTop = (note is null ? 0 : NoteSize + 10) + (figures.Max(f => f.Count) * LineHeight) + 14;
        var plotBottom = plotTop + PlotHeight;
        var height = plotBottom + 12 + (labels.Max(l => l.Count) * LineHeight) + 4;
        double Y(double value) => span == 0 ? plotBottom : plotBottom - ((value - from) / span * PlotHeight);
        double X(int i) => Side + (slot * (i + 0.5));

        var svg = Svg.Begin(id, Width, height, Pick(chart.Title, zh), Pick(chart.Description, zh));
        if (note is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-note\" x=\"0\" y=\"{Svg.N(NoteSize)}\" font-size=\"{Svg.N(NoteSize)}\" fill=\"{Svg.Muted}\">{note}</text>");
        }

        // The base line; when it is not zero, a gap near its start marks the axis as cut.
        var baseStart = note is null ? Side : Side + 14;
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"base\" x1=\"{Svg.N(baseStart)}\" x2=\"{Svg.N(Width - Side)}\" y1=\"{Svg.N(plotBottom)}\" y2=\"{Svg.N(plotBottom)}\" stroke=\"{Svg.Ink}\" stroke-width=\"1.5\"/>");
        if (note is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{Svg.N(Side)},{Svg.N(plotBottom)} l4,0 m0,5 l4,-10 m2,10 l4,-10\" fill=\"none\" stroke=\"{Svg.Ink}\" stroke-width=\"1.5\"/>");
        }

        if (from < 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"zero\" x1=\"{Svg.N(Side)}\" x2=\"{Svg.N(Width - Side)}\" y1=\"{Svg.N(Y(0))}\" y2=\"{Svg.N(Y(0))}\" stroke=\"{Svg.Rule}\" stroke-width=\"1\"/>");
        }

        var path = string.Join(" ", points.Select((p, i) => $"{(i == 0 ? "M" : "L")}{Svg.N(X(i))},{Svg.N(Y((double)p.Value))}"));
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line\" d=\"{path}\" fill=\"none\" stroke=\"{Svg.Accent}\" stroke-width=\"2.5\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var x = X(i);
            var y = Y((double)points[i].Value);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"5\" fill=\"{Svg.Accent}\"/>");
            ChartText.Lines(svg, x, y - 12 - ((figures[i].Count - 1) * LineHeight), figures[i], LineHeight, $"text-anchor=\"middle\" font-size=\"{Svg.N(ValueSize)}\" font-weight=\"700\" fill=\"{Svg.Ink}\"");
            ChartText.Lines(svg, x, plotBottom + 12 + LabelSize, labels[i], LineHeight, $"text-anchor=\"middle\" font-size=\"{Svg.N(LabelSize)}\" fill=\"{Svg.Ink}\"");
        }

        return Svg.End(svg);
    }

    private static string Pick(Pair pair, bool zh) => zh ? pair.Zh : pair.En;
}
