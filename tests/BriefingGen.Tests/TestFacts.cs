using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests;

/// <summary>
/// Facts for tests, written the way staff type them: the value as in facts.yaml and the keys
/// its kind takes ("unit=个/base stations;qualifier=at_least;per=1万 人/people").
/// </summary>
internal static class TestFacts
{
    public static (Fact Fact, Quantity Quantity) Typed(string id, string kind, string typed, string keys)
    {
        var at = SourceLocation.FileOnly("facts.yaml");
        var map = keys.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => k.Split('=', 2))
            .ToDictionary(k => k[0], k => k[1], StringComparer.Ordinal);
        LocalizedText? Pair(string key) => map.TryGetValue(key, out var v) ? Text(v) : null;
        LocalizedText Text(string v) => new(v.Split('/')[0], v.Split('/')[1], at);
        DensityBase? per = map.TryGetValue("per", out var p) ? new DensityBase(Parse(p.Split(' ')[0]).Value, Text(p.Split(' ')[1])) : null;
        var measure = new Measure(
            Pair("unit"),
            map.TryGetValue("currency", out var c) ? Enum.Parse<Currency>(c, ignoreCase: true) : Currency.Cny,
            map.TryGetValue("compared_with", out var w) ? Enum.Parse<Comparison>(w.Replace("_", ""), ignoreCase: true) : Comparison.None,
            map.TryGetValue("multiple", out var m) ? Enum.Parse<MultipleForm>(m, ignoreCase: true) : MultipleForm.Times,
            Pair("of"),
            per)
        {
            Against = Pair("against"),
        };
        var qualifier = map.TryGetValue("qualifier", out var q) ? Enum.Parse<Qualifier>(q.Replace("_", ""), ignoreCase: true) : Qualifier.None;
        var quantity = Parse(typed);
        var fact = new Fact(
            id,
            new LocalizedText("数据", "figure", at),
            Enum.Parse<FactKind>(kind, ignoreCase: true),
            measure,
            new FactValue(quantity, null, qualifier, at),
            null,
            new IdRef("source", at),
            null,
            at);
        return (fact, quantity);
    }

    public static Quantity Parse(string typed)
    {
        Assert.True(NumberParser.TryParse(typed, out Quantity? quantity, out _), typed);
        return quantity!;
    }
}
