using System.Text;
using BriefingGen.Localization;

namespace BriefingGen.Rendering;

/// <summary>
/// @font-face rules for an office's fonts, by name (local()), never by file: the browser that prints
/// finds them through fontconfig, a reader's computer through its own fonts, and a licensed file is
/// never published. A family with one face (a 仿宋 or 小标宋 has no bold) declares it for every weight:
/// the browser then sets bold text in it as it is, instead of faking a bold that would print as a
/// Type 3 font.
/// </summary>
internal static class LocalFontFaces
{
    public static string Stylesheet(string family, IReadOnlyList<LocalFont> faces)
    {
        var trueType = faces.Where(f => f.IsTrueType).DistinctBy(f => f.Weight).OrderBy(f => f.Weight).ToList();
        var css = new StringBuilder();
        for (var i = 0; i < trueType.Count; i++)
        {
            // Each face takes the weights nearer to it than to its neighbours.
            var from = i == 0 ? 1 : ((trueType[i - 1].Weight + trueType[i].Weight) / 2) + 1;
            var to = i == trueType.Count - 1 ? 1000 : (trueType[i].Weight + trueType[i + 1].Weight) / 2;
            var face = trueType[i];
            var names = new[] { face.FullName, face.PostScriptName }.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
                .Select(n => $"local('{Css.String(n)}')");
            css.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
                @font-face {
                  font-family: '{{Css.String(family)}}';
                  font-style: normal;
                  font-weight: {{from}} {{to}};
                  font-display: block;
                  src: {{string.Join(", ", names)}};
                }

                """);
        }

        return css.ToString();
    }
}
