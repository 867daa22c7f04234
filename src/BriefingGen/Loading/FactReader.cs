using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads facts.yaml: each figure with its kind, unit, value or difference, period, target and source.</summary>
internal static class FactReader
{
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
        var unit = map.Text("unit", required: false, allowEmptyEnglish: true);
        if (kind == FactKind.Count && !map.Has("unit") && id is not null)
        {
            map.Diagnose(Errors.CountWithoutUnit(map.Location, id));
        }

        var value = map.Has("value") ? ReadValue(map) : null;
        // A period that is written but wrong stands in as blank: the fact has one, it is just reported.
        var period = map.Period("period") ?? (map.Has("period") ? new Period(PeriodKind.Year, 0, null) : null);
        var source = map.Ref("source");
        var target = ReadTarget(map.Map("target", required: false));
        map.RejectUnknownKeys();
        return id is null
            ? null
            : new Fact(id, label ?? map.Blank, kind ?? FactKind.Count, unit, value, period, source ?? map.NoRef, target, map.Location);
    }

    private static FactValue? ReadValue(YamlMap map)
    {
        var difference = map.IsMap("value") ? map.Map("value") : null;
        if (difference is null)
        {
            // A value that is written but unreadable (reported) is kept, empty, so that nothing else
            // complains that the fact has no value.
            var number = map.Number("value");
            return new FactValue(number, null, null, map.LocationOf("value"));
        }

        var pair = difference.RefList("difference");
        difference.RejectUnknownKeys();
        if (pair.Count != 2)
        {
            // Reported here; kept as an empty value so that nothing else says the fact has none.
            difference.Diagnose(Errors.WrongShape(difference.Location, "difference", Expected.Difference));
            return new FactValue(null, null, null, difference.Location);
        }

        return new FactValue(null, pair[0], pair[1], difference.Location);
    }

    private static Target? ReadTarget(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var value = map.Number("value");
        var unit = map.Text("unit", required: false, allowEmptyEnglish: true);
        var by = map.Date("by", required: false);
        var atLeast = map.Boolean("at_least");
        var source = map.Ref("source", required: false);
        map.RejectUnknownKeys();
        return value is null ? null : new Target(value.Value, unit, by, atLeast, source, map.LocationOf("value"));
    }
}
