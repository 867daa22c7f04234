using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>How far each fact has come towards its target: a bar against a full-length track.</summary>
internal static class ProgressChart
{
    private const double Width = 600;
    private const double RowHeight = 76;
    private const double Pad = 8;

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        var height = (chart.Points.Count * RowHeight) + Pad;
        var svg = Svg.Begin(id, Width, height, zh ? chart.Title.Zh : chart.Title.En, zh ? chart.Description.Zh : chart.Description.En);
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var point = chart.Points[i];
            var share = point.Target is > 0 ? Math.Clamp((double)(point.Value / point.Target.Value), 0, 1) : 0;
            var top = Pad + (i * RowHeight);
            var label = zh ? point.Label.Zh : point.Label.En;
            var figures = zh
                ? $"{point.ValueText.Zh} / {point.TargetText!.Zh}"
                : $"{point.ValueText.En} of {point.TargetText!.En}";
            var percent = (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Svg.N(top + 17)}\" font-size=\"17\" fill=\"{Svg.Ink}\">{label}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{Svg.N(top + 27)}\" width=\"{Svg.N(Width)}\" height=\"18\" fill=\"{Svg.Track}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"{Svg.N(top + 27)}\" width=\"{Svg.N(Width * share)}\" height=\"18\" fill=\"{Svg.Accent}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Svg.N(top + 66)}\" font-size=\"16\" fill=\"{Svg.Muted}\">{figures}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(Width)}\" y=\"{Svg.N(top + 66)}\" text-anchor=\"end\" font-size=\"18\" font-weight=\"700\" fill=\"{Svg.Ink}\">{percent}</text>");
        }

        return Svg.End(svg);
    }
}
