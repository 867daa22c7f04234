using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>Looks facts up by id and works out computed values (differences of other facts).</summary>
internal sealed class FactValues(IEnumerable<Fact> facts)
{
    private readonly Dictionary<string, Fact> _facts = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public Fact this[string id] => _facts[id];

    public decimal? ValueOf(Fact fact) => fact.Value switch
    {
        null => null,
        { IsDifference: true } d => ValueOf(_facts[d.Minuend!.Id]) - ValueOf(_facts[d.Subtrahend!.Id]),
        var v => v.Number,
    };
}
