using System.Globalization;
using System.Text;

namespace BriefingGen.Localization;

/// <summary>Text made safe inside a quoted CSS string within a &lt;style&gt; element.</summary>
internal static class Css
{
    public static string String(string text)
    {
        var css = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Quotes, backslashes, angle brackets and control characters become hex escapes.
            if (c is '"' or '\'' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }

        return css.ToString();
    }
}
