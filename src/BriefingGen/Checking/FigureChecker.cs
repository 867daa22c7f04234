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
            FactKind.Percent when value is < 0 or > 100 => "a percentage between 0 and 100",
            FactKind.Rank when value < 1 || value != decimal.Truncate(value) => "a place in a ranking: a whole number from 1",
            FactKind.Count or FactKind.Compute or FactKind.Money when value < 0 => "not negative",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Add(Errors.WrongShape(at, $"{fact.Id}: {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}", problem));
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
