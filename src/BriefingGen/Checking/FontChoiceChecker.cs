using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Checking;

/// <summary>
/// Which of the families an office or a briefing chose can print: the project's own, and the office's
/// licensed fonts that fontconfig finds (in data/fonts/ or installed) with TrueType outlines. A family
/// found nowhere is left out of its stack, so the free faces print in its place, and said once; a
/// font without TrueType outlines is an error, as is a project family without the bold it needs.
/// </summary>
internal static class FontChoiceChecker
{
    /// <summary>The choices with only the families that can print; a choice left with none is dropped (the theme's stack applies).</summary>
    public static IReadOnlyList<FontChoice> Usable(IReadOnlyList<FontChoice> choices, FontCoverage fonts, LocalFonts local, DiagnosticBag diagnostics)
    {
        var usable = new List<FontChoice>();
        foreach (var choice in choices)
        {
            var kept = new List<string>();
            var refused = false;
            foreach (var family in choice.Families)
            {
                if (fonts.Families.Contains(family, StringComparer.Ordinal))
                {
                    // Only the 楷体 of second-level headings is never set in bold.
                    if (choice.Stack != "zh_kai" && !fonts.HasBold(family))
                    {
                        diagnostics.Add(Errors.FontWithoutBold(choice.Location, choice.Stack, family, fonts.Families.Where(fonts.HasBold)));
                        refused = true;
                    }

                    kept.Add(family);
                    continue;
                }

                var faces = local.Faces(family);
                if (faces.Count == 0)
                {
                    // A near miss of a family the project ships is a typo, not an office font.
                    if (Suggestions.Closest(family, fonts.Families) is not null)
                    {
                        diagnostics.Add(Errors.UnknownFontFamily(choice.Location, choice.Stack, family, fonts.Families));
                        refused = true;
                    }
                    else
                    {
                        diagnostics.Add(Warnings.OfficeFontNotFound(choice.Location, choice.Stack, family, local.Available));
                    }

                    continue;
                }

                if (!faces.Any(f => f.IsTrueType))
                {
                    diagnostics.Add(Errors.OfficeFontNotTrueType(choice.Location, family, faces[0].Format, faces[0].File));
                    refused = true;
                    continue;
                }

                kept.Add(family);
            }

            if (!refused && kept.Count > 0)
            {
                usable.Add(choice with { Families = kept });
            }
        }

        return usable;
    }
}
