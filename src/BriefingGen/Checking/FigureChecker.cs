using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>Checks that figures are possible: a fact has a figure, percentages fit in 0–100, counts and ranks are not negative.</summary>
internal static class FigureChecker
{
    public static void Check(IEnumerable<Fact> facts, IReadOnlyDictionary<string, Fact> index, DiagnosticBag diagnostics)
    {
        foreach (var fact in facts)
        {
            if (fact.Value is null && fact.Target is null)
            {
                diagnostics.Add(Errors.FactWithoutFigure(fact.Location, fact.Id));
            }

            if (fact.Value?.Number is { } value)
            {
                CheckRange(fact, value, fact.Value.Location, diagnostics);
            }

            if (fact.Target is { } target)
            {
                CheckRange(fact, target.Value, target.Location, diagnostics);
                CheckDirection(fact, target, diagnostics);
            }

            if (fact.Value is { IsDifference: true } && HasCycle(fact, index))
            {
                diagnostics.Add(Errors.DifferenceCycle(fact.Location, fact.Id));
            }
        }
    }

    private static void CheckRange(Fact fact, decimal value, SourceLocation at, DiagnosticBag diagnostics)
    {
        var problem = fact.Kind switch
        {
            FactKind.Percent when value is < 0 or > 100 => Expected.Percentage,
            FactKind.Rank when value < 1 || value != decimal.Truncate(value) => Expected.Rank,
            FactKind.Count or FactKind.Compute or FactKind.Money when value < 0 => Expected.NotNegative,
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Add(Errors.ImpossibleValue(at, fact.Id, value, problem));
        }
    }

    /// <summary>A target is meant to be reached: more of a count or share, a smaller rank number.</summary>
    private static void CheckDirection(Fact fact, Target target, DiagnosticBag diagnostics)
    {
        if (fact.Value?.Number is not { } baseline)
        {
            return;
        }

        var rank = fact.Kind == FactKind.Rank;
        if (rank ? target.Value > baseline : target.Value < baseline)
        {
            diagnostics.Add(Errors.TargetBelowBaseline(target.Location, fact.Id, rank));
        }
    }

    private static bool HasCycle(Fact start, IReadOnlyDictionary<string, Fact> index)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Fact>([start]);
        while (pending.TryPop(out var fact))
        {
            foreach (var part in new[] { fact.Value?.Minuend, fact.Value?.Subtrahend })
            {
                if (part is null || !index.TryGetValue(part.Id, out var next))
                {
                    continue;
                }

                if (next.Id == start.Id)
                {
                    return true;
                }

                if (seen.Add(next.Id))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }
}
