using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// Warns about what is legal but probably a slip: a fact, source or person that nothing uses, and
/// a number typed into prose instead of referring to a fact.
/// </summary>
internal static partial class UsageChecker
{
    public static void CheckUse(Briefing briefing, ReferenceChecker references, DiagnosticBag diagnostics)
    {
        foreach (var fact in briefing.Facts.Where(f => !references.UsedFacts.Contains(f.Id)))
        {
            diagnostics.Add(Warnings.UnusedFact(fact.Location, fact.Id));
        }

        foreach (var source in briefing.Sources.Where(s => !references.UsedSources.Contains(s.Id)))
        {
            diagnostics.Add(Warnings.UnusedSource(source.Location, source.Id));
        }

        foreach (var person in briefing.People.Where(p => !references.UsedPeople.Contains(p.Id)))
        {
            diagnostics.Add(Warnings.PersonNeverQuoted(person.Location, person.Id));
        }
    }

    public static void CheckProse(Briefing briefing, DiagnosticBag diagnostics)
    {
        foreach (var text in BriefingProse.Texts(briefing))
        {
            foreach (var number in BareNumbers(text.Zh).Concat(BareNumbers(text.En)).Distinct())
            {
                diagnostics.Add(Warnings.BareNumber(text.Location, number));
            }
        }
    }

    /// <summary>
    /// Numbers in the literal parts of prose, except years and numbers inside names (5G, 2024-2029).
    /// Digits inside a reference ({date:01-10}, {period:2012-2021}, {text:十五届四次}) are no literal
    /// part: marking them there silences this warning at that spot and nowhere else.
    /// </summary>
    private static IEnumerable<string> BareNumbers(string prose) =>
        Model.Prose.Parse(prose)
            .OfType<ProseText>()
            // A character reference (&#27;) holds digits, but prints a character, not a number.
            .SelectMany(text => Number().Matches(ProseMarkdown.Printed(text.Text)))
            .Select(match => match.Value)
            .Where(number => !IsYear(number));

    private static bool IsYear(string number) =>
        number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    // A run of digits not touching a Latin letter, a hyphen or another digit group: 30.3 and 100 yes,
    // 5G, Q3, MP3 and the years of 2024-2029 no.
    [GeneratedRegex(@"(?<![A-Za-z\d.\-–])\d+(?:[.,]\d+)*(?![A-Za-z\d\-–])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
