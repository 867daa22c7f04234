using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>How far each fact has come towards its target: a bar against a full-length track.</summary>
internal static class ProgressChart
{
    private const double Width = 600;
    private const double RowHeight = 76;
    private const double Pad = 8;
    private const double LineHeight = 22;

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        // A label too long for the width is set on several lines, and its row grows by the extra lines.
        var labels = chart.Points.Select(p => ChartText.Wrap(zh ? p.Label.Zh : p.Label.En, Width, 17)).ToList();
        var height = (chart.Points.Count * RowHeight) + labels.Sum(l => (l.Count - 1) * LineHeight) + Pad;
        var svg = Svg.Begin(id, Width, height, zh ? chart.Title.Zh : chart.Title.En, zh ? chart.Description.Zh : chart.Description.En);
        var top = Pad;
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var point = chart.Points[i];
            var share = point.Target is > 0 ? Math.Clamp((double)(point.Value / point.Target.Value), 0, 1) : 0;
            var figures = zh
                ? $"{point.ValueText.Zh} / {point.TargetText!.Zh}"
                : $"{point.ValueText.En} of {point.TargetText!.En}";
            var percent = (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
            ChartText.Lines(svg, 0, top + 17, labels[i], LineHeight, $"font-size=\"17\" fill=\"{Svg.Ink}\"");
            var bar = top + ((labels[i].Count - 1) * LineHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{Svg.N(bar + 27)}\" width=\"{Svg.N(Width)}\" height=\"18\" fill=\"{Svg.Track}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{Svg.N(bar + 27)}\" width=\"{Svg.N(Width * share)}\" height=\"18\" fill=\"{Svg.Accent}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Svg.N(bar + 66)}\" font-size=\"16\" fill=\"{Svg.Muted}\">{figures}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(Width)}\" y=\"{Svg.N(bar + 66)}\" text-anchor=\"end\" font-size=\"18\" font-weight=\"700\" fill=\"{Svg.Ink}\">{percent}</text>");
            top = bar + RowHeight;
        }

        return Svg.End(svg);
    }
}
