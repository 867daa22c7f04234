using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads facts.yaml: each figure with its kind and measure, its value (typed or derived), qualifier, period, target, check and source.</summary>
internal static class FactReader
{
    /// <summary>The keys that belong to one kind of fact only, and that kind.</summary>
    private static readonly (string Key, FactKind[] Kinds)[] KindKeys =
    [
        ("unit", [FactKind.Count, FactKind.Density]),
        ("currency", [FactKind.Money]),
        ("compared_with", [FactKind.Change, FactKind.Points]),
        ("multiple", [FactKind.Multiple]),
        ("of", [FactKind.Share]),
        ("per", [FactKind.Density]),
    ];

    public static IReadOnlyList<Fact> Read(YamlMap? root)
    {
        var facts = new List<Fact>();
        foreach (var map in root?.MapList("facts", "fact") ?? [])
        {
            if (ReadFact(map) is { } fact)
            {
                facts.Add(fact);
            }
        }

        root?.RejectUnknownKeys();
        return facts;
    }

    private static Fact? ReadFact(YamlMap map)
    {
        var id = map.Id();
        var label = map.Text("label");
        var kind = map.Choice<FactKind>("kind");
        var measure = ReadMeasure(map, id, kind);
        var qualifier = map.Choice<Qualifier>("qualifier", required: false) ?? Qualifier.None;
        var value = map.Has("value") ? ReadValue(map, qualifier) : null;
        if (value is null && qualifier != Qualifier.None)
        {
            map.Diagnose(Errors.QualifierWithoutValue(map.LocationOf("qualifier")));
        }

        // A period that is written but wrong stands in as blank: the fact has one, it is just reported.
        var period = map.Period("period") ?? (map.Has("period") ? new Period(PeriodKind.Year, 0, null) : null);
        var source = map.Ref("source");
        var target = ReadTarget(map.Map("target", required: false));
        var check = map.IsMap("check") ? ReadDerivation(map.Map("check")!, "check", allowRound: false) : null;
        if (map.Has("check") && !map.IsMap("check"))
        {
            map.Diagnose(Errors.WrongShape(map.LocationOf("check"), "check", Expected.Derivation));
        }

        map.RejectUnknownKeys();
        return id is null
            ? null
            : new Fact(id, label ?? map.Blank, kind ?? FactKind.Count, measure, value, period, source ?? map.NoRef, target, map.Location) { Check = check };
    }

    private static Measure ReadMeasure(YamlMap map, string? id, FactKind? kind)
    {
        if (kind is { } k)
        {
            foreach (var (key, kinds) in KindKeys)
            {
                if (map.Has(key) && !kinds.Contains(k))
                {
                    map.Diagnose(Errors.KeyNotForKind(map.LocationOf(key), key, Name(k), kinds.Select(Name)));
                }
            }
        }

        var unit = map.Text("unit", required: false, allowEmptyEnglish: true);
        if (kind is FactKind.Count or FactKind.Density && !map.Has("unit") && id is not null)
        {
            map.Diagnose(Errors.CountWithoutUnit(map.Location, id));
        }

        DensityBase? per = null;
        if (map.Map("per", required: kind == FactKind.Density) is { } perMap)
        {
            var count = perMap.Number("count");
            var perUnit = perMap.Text("unit", allowEmptyEnglish: true);
            perMap.RejectUnknownKeys();
            if (count is <= 0)
            {
                perMap.Diagnose(Errors.NotPositive(perMap.LocationOf("count"), "count", count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            per = count is > 0 && perUnit is not null ? new DensityBase(count.Value, perUnit) : null;
        }

        // compared_with is a word (previous_year) or, for any other base, the words themselves.
        var against = map.IsMap("compared_with") ? map.Text("compared_with") : null;
        return new Measure(
            unit,
            map.Choice<Currency>("currency", required: false) ?? Currency.Cny,
            against is null ? map.Choice<Comparison>("compared_with", required: false) ?? Comparison.None : Comparison.None,
            map.Choice<MultipleForm>("multiple", required: false) ?? MultipleForm.Times,
            map.Text("of", required: false),
            per)
        {
            Against = against,
        };
    }

    private static string Name(FactKind kind) => kind.ToString().ToLowerInvariant();

    private static FactValue? ReadValue(YamlMap map, Qualifier qualifier)
    {
        if (!map.IsMap("value"))
        {
            // A value that is written but unreadable (reported) is kept, empty, so that nothing else
            // complains that the fact has no value.
            return new FactValue(map.QuantityOf("value"), null, qualifier, map.LocationOf("value"));
        }

        var derived = map.Map("value")!;
        return new FactValue(null, ReadDerivation(derived, "value", allowRound: true), qualifier, derived.Location);
    }

    /// <summary>{sum: [a, b, c]}, {share: [part, whole], round: 0.1} …; null (reported) when it cannot be read.</summary>
    private static Derivation? ReadDerivation(YamlMap map, string field, bool allowRound)
    {
        var operations = Enum.GetValues<Operation>().Where(o => map.Has(Name(o))).ToList();
        var round = allowRound && map.Has("round") ? map.QuantityOf("round") : null;
        map.Allow(Enum.GetValues<Operation>().Select(Name).Concat(allowRound ? ["round"] : []));
        if (operations.Count != 1)
        {
            foreach (var operation in operations)
            {
                map.RefList(Name(operation));
            }

            map.RejectUnknownKeys();
            map.Diagnose(Errors.WrongShape(map.Location, field, Expected.Derivation));
            return null;
        }

        var op = operations[0];
        var operands = map.RefList(Name(op));
        map.RejectUnknownKeys();
        var arity = Derivation.Arity(op);
        if (arity is { } n ? operands.Count != n : operands.Count < 2)
        {
            map.Diagnose(Errors.WrongShape(map.LocationOf(Name(op)), Name(op), Expected.Operands(Name(op))));
            return null;
        }

        if (round is { Value: <= 0 })
        {
            map.Diagnose(Errors.NotPositive(map.LocationOf("round"), "round", round.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            round = null;
        }

        // A quotient has no last digit of its own: the data says where to round it.
        if (allowRound && round is null && !map.Has("round") && op is Operation.Share or Operation.Change or Operation.Ratio)
        {
            map.Diagnose(Errors.RoundingNotStated(map.LocationOf(Name(op)), Name(op)));
        }

        return new Derivation(op, operands, round?.Value, map.Location);
    }

    private static string Name(Operation operation) => operation.ToString().ToLowerInvariant();

    private static Target? ReadTarget(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var value = map.QuantityOf("value");
        var qualifier = map.Choice<Qualifier>("qualifier", required: false) ?? Qualifier.None;
        var unit = map.Text("unit", required: false, allowEmptyEnglish: true);
        var by = map.Date("by", required: false);
        var source = map.Ref("source", required: false);
        map.RejectUnknownKeys();
        return value is null ? null : new Target(value, qualifier, unit, by, source, map.LocationOf("value"));
    }
}
