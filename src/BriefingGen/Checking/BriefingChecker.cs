using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// Checks what the loader cannot: that ids are unique, every reference names something that
/// exists, and every figure makes sense. Reports all problems, never just the first.
/// </summary>
internal static class BriefingChecker
{
    /// <summary>Checks the briefing; the warnings about unused things only when it has no error at all,
    /// since an error elsewhere (an unreadable file, a broken reference) makes them false.</summary>
    public static void Check(Briefing briefing, DiagnosticBag diagnostics, bool loadedCleanly = true)
    {
        var errorsAtStart = diagnostics.ErrorCount;
        var people = Index(briefing.People, p => p.Id, p => p.Location, diagnostics);
        var sources = Index(briefing.Sources, s => s.Id, s => s.Location, diagnostics);
        var facts = Index(briefing.Facts, f => f.Id, f => f.Location, diagnostics);
        var quotes = Index(briefing.Quotes, q => q.Id, q => q.Location, diagnostics);
        var examples = Index(briefing.Examples, p => p.Id, p => p.Location, diagnostics);
        Index(BriefingProse.AllSections(briefing.Sections), s => s.Id, s => s.Location, diagnostics);

        var references = new ReferenceChecker(people, sources, facts, quotes, examples, briefing.Unreadable, diagnostics);
        references.CheckAll(briefing);
        var errorsBefore = diagnostics.ErrorCount;
        // One evaluator for every checker: it works from the index, so duplicates are gone, and stops at cycles.
        var values = new Localization.FactValues(facts.Values);
        FigureChecker.Check(briefing.Facts, facts, diagnostics, values);
        // A computed value can be worked out only once every fact exists, once, and none loops;
        // the build needs all that too, so a value it would write in words is always checked first.
        if (loadedCleanly && diagnostics.ErrorCount == errorsAtStart)
        {
            NumberWordsChecker.Check(references.InWords, values, diagnostics);
        }

        // A computed value is worked out only when no error at all is known: a cycle, a missing or
        // duplicate fact would make it loop or fail. Until then only typed numbers are known.
        var computed = diagnostics.ErrorCount == 0;
        ChartChecker.Check(references.Charts, facts, fact => computed ? values.ValueOf(fact) : fact.Value?.Typed?.Value, diagnostics);
        UsageChecker.CheckProse(briefing, diagnostics);
        LinkChecker.Check(briefing, diagnostics);
        if (loadedCleanly && diagnostics.ErrorCount == errorsBefore && !references.FoundErrors)
        {
            UsageChecker.CheckUse(briefing, references, diagnostics);
        }
    }

    private static Dictionary<string, T> Index<T>(
        IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> location, DiagnosticBag diagnostics)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryAdd(id(item), item))
            {
                diagnostics.Add(Errors.DuplicateId(location(item), id(item), location(index[id(item)])));
            }
        }

        return index;
    }
}
