using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// Checks stated figures against the facts they are declared to follow from (check: {sum: [a, b]}):
/// parts add up to their whole, a share is its part ÷ its whole, a change agrees with the values it
/// links. Each figure counts as what it may stand for (see <see cref="Bounds"/>), so a mismatch that
/// rounding explains passes and one that it cannot is an error naming both sides.
/// </summary>
internal static class RelationChecker
{
    public static void Check(IEnumerable<Fact> facts, IReadOnlyDictionary<string, Fact> index, FactValues values, DiagnosticBag diagnostics)
    {
        foreach (var fact in facts)
        {
            if (fact.Check is { } check && check.Operands.All(o => index.ContainsKey(o.Id)))
            {
                CheckRelation(fact, check, check.Operands.Select(o => index[o.Id]).ToList(), values, diagnostics);
            }
        }
    }

    private static void CheckRelation(Fact fact, Derivation check, IReadOnlyList<Fact> operands, FactValues values, DiagnosticBag diagnostics)
    {
        if (values.QuantityOf(fact) is not { } stated)
        {
            if (fact.Value is null)
            {
                diagnostics.Add(Errors.NothingToCheck(check.Location, fact.Id));
            }

            return;
        }

        var quantities = operands.Select(values.QuantityOf).ToList();
        if (operands.Zip(quantities).FirstOrDefault(pair => pair.Second is null).First is { } missing)
        {
            if (missing.Value is null)
            {
                diagnostics.Add(Errors.CannotWorkOut(check.Location, fact.Id, missing.Id));
            }

            return;
        }

        var bounds = operands.Zip(quantities, (o, q) => Bounds.Of(q!, o.Value!.Qualifier)).ToList();
        if (Bounds.Apply(check.Operation, bounds) is not { } computed)
        {
            return; // a divisor that may be zero: nothing can be said
        }

        // 增长1.35倍 states a ratio of 2.35.
        var offset = fact is { Kind: FactKind.Multiple, Measure.Multiple: MultipleForm.Increase } ? 1 : 0;
        if (computed.Overlaps(Bounds.Of(stated, fact.Value!.Qualifier).Plus(offset)))
        {
            return;
        }

        var exact = Arithmetic.Apply(check.Operation, quantities.Select(q => q!.Value).ToList());
        if (exact is not { } point)
        {
            return;
        }

        var shown = check.Operation is Operation.Sum or Operation.Difference
            ? new Quantity(point, quantities.Min(q => q!.Step))
            : new Quantity(Math.Round(point - offset, 2, MidpointRounding.AwayFromZero), 0.01m);
        diagnostics.Add(Errors.FiguresDisagree(
            check.Location,
            fact.Id,
            check.Operation,
            Both(language => FigureFormat.Value(fact, stated, language)),
            operands.Zip(quantities, (o, q) => (o.Id, Both(language => FigureFormat.Value(o, q!, language)))).ToList(),
            // The share worked out is a plain percentage: "of the city's GDP" is said once, with the stated figure.
            Both(language => FigureFormat.Format(fact with { Measure = fact.Measure with { Of = null } }, shown, Qualifier.None, fact.Unit, language))));
    }

    private static Words Both(Func<Language, string> format) => new(format(Language.En), format(Language.Zh));
}
