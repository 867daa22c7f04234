using System.Globalization;
using System.Text;

namespace BriefingGen.Diagnostics;

/// <summary>
/// Makes text safe to print on a terminal: control characters (which can clear or recolour it),
/// direction controls (which reorder what is shown) and zero-width characters become \u001B.
/// </summary>
internal static class SafeText
{
    public static string Escape(string text)
    {
        var safe = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (IsControl(c) || IsDirectionControl(c) || IsZeroWidth(c) || char.IsSurrogate(c))
            {
                // A lone surrogate cannot be shown either, and breaks the terminal's UTF-8.
                safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>
    /// A message that a library writes on several lines (Scriban listing its errors, Chromium its
    /// output) as one line, its lines joined with "; ": a diagnostic is one line, and a line
    /// break left in it would be printed as \u000A.
    /// </summary>
    public static string OneLine(string message) =>
        string.Join("; ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Whether the character is a C0 or C1 control (a diagnostic is one line: newlines and tabs too).</summary>
    public static bool IsControl(int codePoint) => codePoint is < 0x20 or (>= 0x7F and <= 0x9F);

    /// <summary>The bidirectional embeddings, overrides, isolates and marks, which reorder the text around them.</summary>
    public static bool IsDirectionControl(int codePoint) =>
        codePoint is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    /// <summary>Characters that take no room and show nothing (a byte order mark inside a text is one).</summary>
    public static bool IsZeroWidth(int codePoint) => codePoint is (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF;
}
