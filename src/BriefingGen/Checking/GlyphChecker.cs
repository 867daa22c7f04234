using System.Globalization;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>
/// Checks, before anything is printed, that the fonts have every character the data holds: a
/// missing one would be printed in a system font (which the PDF check refuses, naming no field)
/// or as an empty box. Each is reported at its own place, with its code point.
/// </summary>
internal static class GlyphChecker
{
    private static readonly Words Chinese = new("Chinese", "中文");
    private static readonly Words English = new("English", "英文");
    private static readonly Words Both = new("Chinese or English", "中文或英文");

    public static void Check(IEnumerable<WrittenText> texts, FontCoverage coverage, DiagnosticBag diagnostics)
    {
        foreach (var text in texts)
        {
            foreach (var character in text.Characters)
            {
                if (IsInvisible(character.CodePoint) || coverage.MissingIn(text.Language, character.CodePoint) is not { } families)
                {
                    continue;
                }

                var language = text.Language switch
                {
                    Language.Zh => Chinese,
                    Language.En => English,
                    _ => Both,
                };
                // The punctuation faces only lend their marks: staff know the stack by its own faces.
                diagnostics.Add(Errors.MissingGlyph(
                    character.Location, char.ConvertFromUtf32(character.CodePoint), character.CodePoint, language,
                    string.Join(", ", families.Where(f => !FontCatalog.IsPunctuation(f)))));
            }
        }
    }

    /// <summary>
    /// Characters that are never drawn, so need no glyph: line breaks and tabs of the YAML, format
    /// characters (zero-width, direction: warned about on their own) and variation selectors.
    /// </summary>
    private static bool IsInvisible(int codePoint) =>
        codePoint is '\n' or '\r' or '\t' or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF)
        || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format;
}
