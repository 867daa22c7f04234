using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>Checks that each chart's facts can be drawn in its kind, and drawn honestly side by side.</summary>
internal static class ChartChecker
{
    /// <param name="valueOf">A fact's number where it is known without doubt; null where it is not.</param>
    public static void Check(IEnumerable<ChartItem> charts, IReadOnlyDictionary<string, Fact> facts, Func<Fact, decimal?> valueOf, DiagnosticBag diagnostics)
    {
        foreach (var chart in charts)
        {
            Check(chart, facts, valueOf, diagnostics);
        }
    }

    private static void Check(ChartItem chart, IReadOnlyDictionary<string, Fact> facts, Func<Fact, decimal?> valueOf, DiagnosticBag diagnostics)
    {
        // A misspelt kind is reported where it is read; what fits a kind nobody meant says nothing useful.
        if (chart.KindUnknown)
        {
            return;
        }

        var (min, max) = Limits(chart.Kind);
        if (chart.Facts.Count < min || chart.Facts.Count > max)
        {
            diagnostics.Add(Errors.ChartFactCount(chart.Location, chart.Kind, chart.Facts.Count, min, max));
        }

        if (chart.Whole is { } whole && chart.Kind != ChartKind.Stacked)
        {
            diagnostics.Add(Errors.WholeOutsideStackedChart(whole.Location, chart.Kind));
        }
        else if (chart.Whole is { } listed && chart.Facts.Any(f => f.Id == listed.Id))
        {
            diagnostics.Add(Errors.WholeAmongParts(listed.Location, listed.Id));
        }

        // Unknown ids are reported by the reference checker; a whole outside a stacked chart, above.
        var drawn = chart.Facts
            .Concat(chart.Kind == ChartKind.Stacked && chart.Whole is { } w ? [w] : [])
            .Where(r => facts.ContainsKey(r.Id))
            .Select(r => (Ref: r, Fact: facts[r.Id]))
            .ToList();
        if (chart.Kind is ChartKind.Ranking or ChartKind.Progress)
        {
            CheckOldKinds(chart.Kind, drawn, diagnostics);
            return;
        }

        var needsPeriod = chart.Kind is ChartKind.Columns or ChartKind.Line;
        var fitting = new List<(IdRef Ref, Fact Fact)>();
        foreach (var (reference, fact) in drawn)
        {
            if (fact.Kind == FactKind.Rank)
            {
                diagnostics.Add(Errors.RankInChart(reference.Location, fact.Id, chart.Kind));
            }
            else if (fact.Value is null || (needsPeriod && fact.Period is null))
            {
                diagnostics.Add(Errors.ChartFactWithoutValue(reference.Location, fact.Id, chart.Kind, needsPeriod));
            }
            else
            {
                fitting.Add((reference, fact));
            }
        }

        CheckAlike(fitting, diagnostics);
        if (chart.Kind == ChartKind.Stacked)
        {
            foreach (var (reference, fact) in fitting)
            {
                if (valueOf(fact) is < 0 and var negative)
                {
                    diagnostics.Add(Errors.NegativeStackedPart(reference.Location, fact.Id, negative));
                }
            }
        }

        if (needsPeriod)
        {
            CheckPeriods(chart.Kind, fitting, diagnostics);
        }
    }

    /// <summary>How many facts each kind draws legibly in the 600-unit drawing.</summary>
    private static (int Min, int Max) Limits(ChartKind kind) => kind switch
    {
        ChartKind.Line => (2, 12),
        ChartKind.Columns => (1, 10),
        ChartKind.Bars => (1, 12),
        ChartKind.Stacked => (1, 6),
        ChartKind.Ranking => (1, 8),
        _ => (1, int.MaxValue),
    };

    private static void CheckOldKinds(ChartKind kind, List<(IdRef Ref, Fact Fact)> drawn, DiagnosticBag diagnostics)
    {
        foreach (var (reference, fact) in drawn)
        {
            var fits = kind == ChartKind.Ranking
                ? fact is { Kind: FactKind.Rank, Value: not null, Period: not null }
                : fact is { Value: not null, Target: not null };
            if (!fits)
            {
                diagnostics.Add(Errors.FactDoesNotFitChart(reference.Location, fact.Id, kind == ChartKind.Ranking));
            }
        }
    }

    /// <summary>Lengths compare only between figures of one kind and one unit.</summary>
    private static void CheckAlike(List<(IdRef Ref, Fact Fact)> fitting, DiagnosticBag diagnostics)
    {
        if (fitting.Count == 0)
        {
            return;
        }

        var first = fitting[0].Fact;
        foreach (var (reference, fact) in fitting.Skip(1))
        {
            if (fact.Kind != first.Kind)
            {
                diagnostics.Add(Errors.ChartFactsOfDifferentKinds(reference.Location, fact.Id, Name(fact.Kind), first.Id, Name(first.Kind)));
            }
            else if (Unit(fact) != Unit(first))
            {
                diagnostics.Add(Errors.ChartFactsInDifferentUnits(reference.Location, fact.Id, fact.Unit, first.Id, first.Unit));
            }
        }
    }

    private static void CheckPeriods(ChartKind kind, List<(IdRef Ref, Fact Fact)> fitting, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<Period, string>();
        foreach (var (reference, fact) in fitting)
        {
            if (!seen.TryAdd(fact.Period!, fact.Id))
            {
                diagnostics.Add(Errors.SamePeriodTwiceInChart(reference.Location, fact.Id, seen[fact.Period!], kind));
            }
        }
    }

    private static string Name(FactKind kind) => kind.ToString().ToLowerInvariant();

    // Both halves: a unit that differs in either language is a different unit.
    // Yuan and dollars, or 每万人 and 每千人, cannot share one scale either.
    private static string Unit(Fact fact) =>
        (fact.Unit is null ? "" : $"{fact.Unit.Zh} / {fact.Unit.En}")
        + (fact.Kind == FactKind.Money ? $" {fact.Measure.Currency}" : "")
        + (fact.Measure.Per is { } per ? $" per {per.Count} {per.Unit.Zh}" : "");
}
