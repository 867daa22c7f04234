using System.Buffers.Binary;
using System.Text.RegularExpressions;

namespace BriefingGen.Finishing;

/// <summary>
/// The PostScript name a font should have in the PDF. Chromium names an embedded font after the
/// name table of its file, and the @fontsource files, instances of a variable font, keep the
/// default instance's name (NotoSerifSCExtraLight-Regular for the 400 weight): a prepress check
/// reads that as the wrong weight. The real weight and slant are in the file's OS/2 table.
/// </summary>
internal static partial class FontNames
{
    private static readonly (int Weight, string Name)[] Weights =
    [
        (100, "Thin"), (200, "ExtraLight"), (300, "Light"), (400, "Regular"), (500, "Medium"),
        (600, "SemiBold"), (700, "Bold"), (800, "ExtraBold"), (900, "Black"),
    ];

    /// <summary>The name with the family as named and the weight and style of the file; the subset prefix kept.</summary>
    public static string Real(string pdfName, byte[] fontFile)
    {
        var match = Name().Match(pdfName);
        if (!match.Success || Os2(fontFile) is not { } os2)
        {
            return pdfName;
        }

        var (weight, italic) = os2;
        // The default instance's weight, glued to the family by the variable font ("NotoSansSCThin").
        var family = WeightSuffix().Replace(match.Groups["family"].Value, "");
        var weightName = Weights.MinBy(w => Math.Abs(w.Weight - weight)).Name;
        var style = (weightName, italic) switch
        {
            ("Regular", true) => "Italic",
            (_, true) => weightName + "Italic",
            _ => weightName,
        };
        return $"{match.Groups["prefix"].Value}{family}-{style}";
    }

    /// <summary>usWeightClass and the italic bit of fsSelection; null when the file has no OS/2 table.</summary>
    private static (int Weight, bool Italic)? Os2(byte[] font)
    {
        if (font.Length < 12)
        {
            return null;
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var entry = 12 + (16 * i);
            if (entry + 16 > font.Length)
            {
                return null;
            }

            if (font.AsSpan(entry, 4).SequenceEqual("OS/2"u8))
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 8));
                if (offset + 64 > font.Length)
                {
                    return null;
                }

                var weight = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 4));
                var selection = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 62));
                return (weight, (selection & 1) != 0);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Z]{6}\+)?(?<family>[^-]+)(-(?<style>.*))?$")]
    private static partial Regex Name();

    [GeneratedRegex("(Thin|ExtraLight|UltraLight|Light|Medium|SemiBold|DemiBold|ExtraBold|UltraBold|Black|Heavy)$")]
    private static partial Regex WeightSuffix();
}
