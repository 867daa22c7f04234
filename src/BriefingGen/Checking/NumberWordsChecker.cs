using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// Checks that a value written in words has words (a whole number from 0 to 9999) and one written
/// as an ordinal has one (a whole number from 1); words on a rank are its ordinal (第二 / second).
/// </summary>
internal static class NumberWordsChecker
{
    public static void Check(IEnumerable<(FactReference Reference, SourceLocation At)> references, FactValues values, DiagnosticBag diagnostics)
    {
        foreach (var (reference, at) in references)
        {
            var fact = values[reference.FactId];
            if ((reference.Member == FactMember.Target ? fact.Target?.Value : values.ValueOf(fact)) is not { } value)
            {
                continue;
            }

            var ordinal = reference.Style == FigureStyle.Ordinal || fact.Kind == FactKind.Rank;
            if (ordinal && !NumberWords.HasOrdinal(value))
            {
                diagnostics.Add(Errors.NoOrdinalForValue(at, reference.Written, fact.Id, value));
            }
            else if (!ordinal && !NumberWords.HasCardinal(value))
            {
                diagnostics.Add(Errors.NoWordsForValue(at, reference.Written, fact.Id, value));
            }
        }
    }
}
