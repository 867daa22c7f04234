using System.Globalization;
using BriefingGen.Localization;

namespace BriefingGen.Rendering.Charts;

/// <summary>Places in a ranking over the periods, drawn as a line with the axis the right way up for a rank: 1 at the top.</summary>
internal static class RankingChart
{
    private const double Width = 600;
    private const double Height = 230;
    private const double Left = 64;
    private const double Right = 24;
    private const double Top = 40;
    private const double Bottom = 44;

    public static string Draw(ChartView chart, string language, string id)
    {
        var zh = language == "zh";
        var points = chart.Points;
        var worst = (double)points.Max(p => p.Value);
        var bottomRank = Math.Max(5, Math.Ceiling((worst + 1) / 5) * 5);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(double rank) => Top + ((rank - 1) / (bottomRank - 1) * plotHeight);
        double X(int i) => Left + (plotWidth * (i + 0.5) / points.Count);

        var svg = Svg.Begin(id, Width, Height, Pick(chart.Title, zh), Pick(chart.Description, zh));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(Left - 8)}\" y=\"{Svg.N(Top - 12)}\" text-anchor=\"end\" font-size=\"15\" fill=\"{Svg.Muted}\">{(zh ? "名次" : "Rank")}</text>");
        foreach (var tick in Ticks(bottomRank))
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Svg.N(Left)}\" x2=\"{Svg.N(Width - Right)}\" y1=\"{Svg.N(y)}\" y2=\"{Svg.N(y)}\" stroke=\"{Svg.Rule}\" stroke-width=\"0.75\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(Left - 8)}\" y=\"{Svg.N(y + 4)}\" text-anchor=\"end\" font-size=\"15\" fill=\"{Svg.Muted}\">{Svg.N(tick)}</text>");
        }

        var path = string.Join(" ", points.Select((p, i) => $"{(i == 0 ? "M" : "L")}{Svg.N(X(i))},{Svg.N(Y((double)p.Value))}"));
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{Svg.Accent}\" stroke-width=\"2.5\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var x = X(i);
            var y = Y((double)points[i].Value);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(y)}\" r=\"5\" fill=\"{Svg.Accent}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x)}\" y=\"{Svg.N(y - 13)}\" text-anchor=\"middle\" font-size=\"19\" font-weight=\"700\" fill=\"{Svg.Ink}\">{Pick(points[i].ValueText, zh)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(x)}\" y=\"{Svg.N(Height - Bottom + 28)}\" text-anchor=\"middle\" font-size=\"17\" fill=\"{Svg.Ink}\">{Pick(points[i].Label, zh)}</text>");
        }

        return Svg.End(svg);
    }

    private static IEnumerable<double> Ticks(double bottomRank)
    {
        yield return 1;
        for (var rank = 5.0; rank <= bottomRank; rank += 5)
        {
            yield return rank;
        }
    }

    private static string Pick(Pair pair, bool zh) => zh ? pair.Zh : pair.En;
}
