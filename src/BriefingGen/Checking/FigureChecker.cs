using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// Checks that figures are possible: a fact has a figure; a percentage fits in 0–100; counts and
/// ranks are not negative; a derived value can be worked out, from facts that exist, without a
/// cycle, by an operation that fits its kind, and keeps the qualifiers of what it is made of.
/// </summary>
internal static class FigureChecker
{
    /// <summary>The kinds a derived value of each operation may be; sums and differences fit any kind.</summary>
    private static readonly Dictionary<Operation, FactKind[]> KindsOf = new()
    {
        [Operation.Share] = [FactKind.Share, FactKind.Percent],
        [Operation.Change] = [FactKind.Change, FactKind.Percent],
        [Operation.Ratio] = [FactKind.Multiple, FactKind.Ratio],
    };

    public static void Check(IEnumerable<Fact> facts, IReadOnlyDictionary<string, Fact> index, DiagnosticBag diagnostics, FactValues? values = null)
    {
        values ??= new FactValues(index.Values);
        var impossible = new HashSet<string>(StringComparer.Ordinal);
        var all = facts.ToList();
        foreach (var fact in all)
        {
            if (fact.Value is null && fact.Target is null)
            {
                diagnostics.Add(Errors.FactWithoutFigure(fact.Location, fact.Id));
            }

            if (fact.Value?.Typed is { } typed && !CheckRange(fact, typed.Value, fact.Value.Location, diagnostics))
            {
                impossible.Add(fact.Id);
            }

            if (fact.Target is { } target)
            {
                _ = CheckRange(fact, target.Value, target.Location, diagnostics);
                CheckDirection(fact, target, values, diagnostics);
            }

            foreach (var derivation in new[] { fact.Value?.Derived, fact.Check }.OfType<Derivation>())
            {
                CheckFits(fact, derivation, diagnostics);
            }
        }

        // Only once every typed figure is known possible: one impossible part makes its sum say nothing.
        foreach (var fact in all)
        {
            if (fact.Value?.Derived is { } derived && derived.Operands.All(o => index.ContainsKey(o.Id) && !impossible.Contains(o.Id)))
            {
                CheckDerived(fact, derived, index, values, diagnostics);
            }
        }

        RelationChecker.Check(all.Where(f => f.Check?.Operands.Any(o => impossible.Contains(o.Id)) != true), index, values, diagnostics);
    }

    private static void CheckDerived(Fact fact, Derivation derived, IReadOnlyDictionary<string, Fact> index, FactValues values, DiagnosticBag diagnostics)
    {
        if (HasCycle(fact, index))
        {
            diagnostics.Add(Errors.DifferenceCycle(fact.Location, fact.Id));
            return;
        }

        var operands = derived.Operands.Select(o => index[o.Id]).ToList();
        if (operands.FirstOrDefault(o => values.QuantityOf(o) is null && o.Value?.Typed is not null) is not null)
        {
            return; // an operand's own number is unreadable, and reported there
        }

        if (operands.FirstOrDefault(o => o.Value is null) is { } missing)
        {
            diagnostics.Add(Errors.CannotWorkOut(derived.Location, fact.Id, missing.Id));
            return;
        }

        if (values.QuantityOf(fact) is not { } value)
        {
            if (operands.All(o => values.QuantityOf(o) is not null))
            {
                diagnostics.Add(Errors.CannotWorkOut(derived.Location, fact.Id, null));
            }

            return;
        }

        _ = CheckRange(fact, value.Value, derived.Location, diagnostics);
        // 超过20万 + 超过10万 is 超过30万, not 30万: a derived value says its qualifier itself.
        if (fact.Value!.Qualifier == Qualifier.None && operands.FirstOrDefault(o => o.Value?.Qualifier is not (null or Qualifier.None)) is { } qualified)
        {
            diagnostics.Add(Errors.QualifierLost(derived.Location, fact.Id, qualified.Id));
        }
    }

    private static void CheckFits(Fact fact, Derivation derivation, DiagnosticBag diagnostics)
    {
        if (KindsOf.TryGetValue(derivation.Operation, out var kinds) && !kinds.Contains(fact.Kind))
        {
            var operation = derivation.Operation.ToString().ToLowerInvariant();
            diagnostics.Add(Errors.OperationDoesNotFitKind(derivation.Location, fact.Id, operation, fact.Kind.ToString().ToLowerInvariant(), kinds.Select(k => k.ToString().ToLowerInvariant())));
        }
    }

    /// <summary>Reports a value its kind cannot have; false when it did.</summary>
    private static bool CheckRange(Fact fact, decimal value, SourceLocation at, DiagnosticBag diagnostics)
    {
        var problem = fact.Kind switch
        {
            FactKind.Percent or FactKind.Share when value is < 0 or > 100 => Expected.Percentage,
            FactKind.Change when value < -100 => Expected.Change,
            FactKind.Rank when value < 1 || value != decimal.Truncate(value) => Expected.Rank,
            FactKind.Count or FactKind.Compute or FactKind.Money or FactKind.Multiple or FactKind.Density or FactKind.Ratio when value < 0 => Expected.NotNegative,
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Add(Errors.ImpossibleValue(at, fact.Id, value, problem));
        }

        return problem is null;
    }

    /// <summary>
    /// A target is meant to be reached: more of a count or an amount, a smaller rank number. Rates
    /// and changes may be meant to fall (a lower unemployment rate), so they are not checked; nor is
    /// a target the figure's period has already met.
    /// </summary>
    private static void CheckDirection(Fact fact, Target target, FactValues values, DiagnosticBag diagnostics)
    {
        if (fact.Kind is not (FactKind.Count or FactKind.Money or FactKind.Compute or FactKind.Rank or FactKind.Percent)
            || target.Qualifier is Qualifier.LessThan or Qualifier.UpTo
            || fact.Value?.Typed is not { } baseline
            || Reached(fact.Period, target.By))
        {
            return;
        }

        var rank = fact.Kind == FactKind.Rank;
        if (rank ? target.Value > baseline.Value : target.Value < baseline.Value)
        {
            diagnostics.Add(Errors.TargetBelowBaseline(target.Location, fact.Id, rank));
        }
    }

    /// <summary>A target whose deadline the figure's own period has reached may be below it: it was met (超额完成).</summary>
    private static bool Reached(Period? period, DateOnly? by) => (period, by) switch
    {
        ({ Day: { } day }, { } deadline) => deadline <= day,
        ({ } p, { } deadline) => deadline.Year <= p.EndYear,
        _ => false,
    };

    private static bool HasCycle(Fact start, IReadOnlyDictionary<string, Fact> index)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Fact>([start]);
        while (pending.TryPop(out var fact))
        {
            foreach (var part in fact.Value?.Derived?.Operands ?? [])
            {
                if (!index.TryGetValue(part.Id, out var next))
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
