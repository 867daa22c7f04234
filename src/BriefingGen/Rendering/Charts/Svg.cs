using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Rendering.Charts;

/// <summary>Small helpers for writing SVG by hand: numbers in invariant form, and the accessible frame.</summary>
internal static partial class Svg
{
    // A palette that stays distinct in greyscale: a dark red that prints near-black, mid and light greys.
    public const string Ink = "#1a1a1a";
    public const string Accent = "#a8141c";
    public const string Muted = "#6b6b6b";
    public const string Rule = "#c8c8c8";
    public const string Track = "#e6e6e6";

    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Opens an SVG that screen readers announce as an image named by its title and description.</summary>
    public static StringBuilder Begin(string id, double width, double height, string title, string description)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{description}</desc>");
        return svg;
    }

    /// <summary>
    /// Closes the SVG, its view box cut at the top of its ink: a chart at the top of a page or after
    /// a line then inks where a line's characters do (the print sheets place its box like a line's),
    /// whatever its first mark is, a label above the tallest column or a bar.
    /// </summary>
    public static string End(StringBuilder svg)
    {
        svg.Append("</svg>");
        var text = svg.ToString();
        var box = ViewBox().Match(text);
        var height = double.Parse(box.Groups["h"].Value, CultureInfo.InvariantCulture);
        var top = Math.Max(0, Math.Min(InkTop(text), height));
        return top == 0 ? text : text.Remove(box.Index, box.Length).Insert(box.Index,
            $"viewBox=\"0 {N(top)} {box.Groups["w"].Value} {N(height - top)}\"");
    }

    // How far the ink of a line of text rises above its baseline, in ems, as the charts' faces draw
    // it (measured on the PDF): Han characters 0.84, digits and Latin capitals 0.73.
    private const double HanAscent = 0.84;
    private const double LatinAscent = 0.73;

    /// <summary>
    /// The highest mark of the drawing: a text's first baseline less its ink's rise, a rectangle's or a
    /// line's top, a dot's. Paths are not read: they join dots, or mark an axis below the bars.
    /// </summary>
    private static double InkTop(string svg)
    {
        var tops = new List<double>();
        foreach (Match mark in Mark().Matches(svg))
        {
            var attributes = Attributes(mark.Groups["attributes"].Value);
            switch (mark.Groups["element"].Value)
            {
                case "text" when attributes.TryGetValue("y", out var y) && attributes.TryGetValue("font-size", out var size):
                    var han = mark.Groups["content"].Value.Any(c => c >= 0x2E80);
                    tops.Add(y - ((han ? HanAscent : LatinAscent) * size));
                    break;
                case "rect" when attributes.TryGetValue("y", out var y):
                    tops.Add(y - (attributes.GetValueOrDefault("stroke-width") / 2));
                    break;
                case "line" when attributes.TryGetValue("y1", out var y1) && attributes.TryGetValue("y2", out var y2):
                    tops.Add(Math.Min(y1, y2) - (attributes.GetValueOrDefault("stroke-width") / 2));
                    break;
                case "circle" when attributes.TryGetValue("cy", out var cy) && attributes.TryGetValue("r", out var r):
                    tops.Add(cy - r);
                    break;
            }
        }

        return tops.Count == 0 ? 0 : tops.Min();
    }

    private static Dictionary<string, double> Attributes(string attributes)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match attribute in NumberAttribute().Matches(attributes))
        {
            values[attribute.Groups["name"].Value] = double.Parse(attribute.Groups["value"].Value, CultureInfo.InvariantCulture);
        }

        return values;
    }

    [GeneratedRegex("viewBox=\"0 0 (?<w>[0-9.]+) (?<h>[0-9.]+)\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("<(?<element>text|rect|line|circle)\\b(?<attributes>[^>]*)>(?<content>[^<]*(?:<tspan[^>]*>[^<]*)?)")]
    private static partial Regex Mark();

    [GeneratedRegex("\\s(?<name>[a-z0-9-]+)=\"(?<value>-?[0-9]+(?:\\.[0-9]+)?)\"")]
    private static partial Regex NumberAttribute();
}
