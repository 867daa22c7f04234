using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Looks facts up by id and works out derived values (a sum, a difference, a share, a change, a
/// ratio of other facts), rounded as the data says, half away from zero (四舍五入).
/// </summary>
internal sealed class FactValues(IEnumerable<Fact> facts)
{
    private readonly Dictionary<string, Fact> _facts = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public Fact this[string id] => _facts[id];

    public decimal? ValueOf(Fact fact) => QuantityOf(fact)?.Value;

    /// <summary>The fact's value with the step it is exact to; null when it has none or it cannot be worked out.</summary>
    public Quantity? QuantityOf(Fact fact) => QuantityOf(fact, []);

    private Quantity? QuantityOf(Fact fact, HashSet<string> visiting) => fact.Value switch
    {
        null => null,
        { Derived: { } derivation } when visiting.Add(fact.Id) => Finish(Evaluate(derivation, visiting), visiting, fact.Id),
        { Derived: not null } => null, // a cycle, reported by the checker
        var typed => typed.Typed,
    };

    private static Quantity? Finish(Quantity? result, HashSet<string> visiting, string id)
    {
        visiting.Remove(id);
        return result;
    }

    private Quantity? Evaluate(Derivation derivation, HashSet<string> visiting)
    {
        var operands = new List<Quantity>();
        foreach (var operand in derivation.Operands)
        {
            if (!_facts.TryGetValue(operand.Id, out var fact) || QuantityOf(fact, visiting) is not { } quantity)
            {
                return null;
            }

            operands.Add(quantity);
        }

        if (Arithmetic.Apply(derivation.Operation, operands.Select(o => o.Value).ToList()) is not { } exact)
        {
            return null;
        }

        if (derivation.Round is { } step)
        {
            return new Quantity(Math.Round(exact / step, MidpointRounding.AwayFromZero) * step, step);
        }

        // Sums and differences are exact to the finest of their operands' digits.
        return new Quantity(exact, operands.Min(o => o.Step));
    }
}
