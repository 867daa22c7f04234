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

    public static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    /// <summary>An id safe in HTML, from where the chart is written and the language.</summary>
    public static string Id(string origin, string language) =>
        "chart-" + NotIdCharacters().Replace(Path.GetFileName(origin).ToLowerInvariant(), "-").Trim('-') + "-" + language;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
