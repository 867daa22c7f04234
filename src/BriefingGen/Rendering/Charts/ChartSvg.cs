using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>Draws a chart as inline SVG in one language: vector in the PDF, no script, no image file.</summary>
internal static class ChartSvg
{
    public static string Render(ChartView chart, string language)
    {
        // The anchor comes from the data (Anchors), so that a link to the chart survives edits above it.
        var id = $"{chart.Anchor}-{language}";
        return chart.Kind switch
        {
            "ranking" => RankingChart.Draw(chart, language, id),
            "bars" => BarsChart.Draw(chart, language, id),
            "columns" => ColumnsChart.Draw(chart, language, id),
            "line" => LineChart.Draw(chart, language, id),
            "stacked" => StackedChart.Draw(chart, language, id),
            _ => ProgressChart.Draw(chart, language, id),
        };
    }
}
