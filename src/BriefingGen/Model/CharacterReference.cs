namespace BriefingGen.Model;

/// <summary>A character reference in prose: where it starts, as written (&amp;#x1F680;), and the text Markdown prints for it.</summary>
internal readonly record struct CharacterReference(int Start, string Written, string Printed)
{
    /// <summary>
    /// Whether it is numeric and names no character (&amp;#0;, a surrogate, beyond U+10FFFF), which
    /// Markdown prints as U+FFFD whatever was meant.
    /// </summary>
    public bool NamesNoCharacter
    {
        get
        {
            if (Written.Length < 4 || Written[1] != '#')
            {
                return false;
            }

            var hex = Written[2] is 'x' or 'X';
            var digits = Written.AsSpan(hex ? 3 : 2, Written.Length - (hex ? 4 : 3));
            var style = hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None;
            return !long.TryParse(digits, style, System.Globalization.CultureInfo.InvariantCulture, out var code)
                || code is 0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF;
        }
    }
}
