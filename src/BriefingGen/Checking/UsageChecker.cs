using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>Warns about what is legal but probably a slip: a fact or source that nothing uses.</summary>
internal static class UsageChecker
{
    public static void Check(Briefing briefing, ReferenceChecker references, DiagnosticBag diagnostics)
    {
        foreach (var fact in briefing.Facts.Where(f => !references.UsedFacts.Contains(f.Id)))
        {
            diagnostics.Add(Warnings.UnusedFact(fact.Location, fact.Id));
        }

        foreach (var source in briefing.Sources.Where(s => !references.UsedSources.Contains(s.Id)))
        {
            diagnostics.Add(Warnings.UnusedSource(source.Location, source.Id));
        }
    }
}
