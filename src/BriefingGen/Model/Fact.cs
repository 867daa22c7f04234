using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>What a fact's number measures; it decides how the number is written in each language.</summary>
internal enum FactKind
{
    Count,
    Percent,
    Money,
    Compute,
    Rank,

    /// <summary>A change in per cent: 同比增长4.1% / up 4.1% year on year.</summary>
    Change,

    /// <summary>A change in percentage points: 提高2.3个百分点 / up 2.3 percentage points.</summary>
    Points,

    /// <summary>A multiple of a base: 2.35倍 / 2.35 times, or 增长1.35倍 / up 135%.</summary>
    Multiple,

    /// <summary>A part of a whole, in per cent: 占全市GDP的43.3% / 43.3% of the city's GDP.</summary>
    Share,

    /// <summary>So many per so many people (or other base): 每万人28.9个 / 28.9 per 10,000 people.</summary>
    Density,

    /// <summary>One number to another: 2.34:1.</summary>
    Ratio,
}

/// <summary>The currency of a money fact.</summary>
internal enum Currency
{
    /// <summary>Renminbi: 元 / RMB.</summary>
    Cny,

    /// <summary>US dollars: 美元 / US$.</summary>
    Usd,
}

/// <summary>What a change is measured against, when the figure itself says so (同比 / year on year).</summary>
internal enum Comparison
{
    None,
    PreviousYear,
    PreviousPeriod,
}

/// <summary>How a multiple is stated: as so many times the base, or as an increase by so many times.</summary>
internal enum MultipleForm
{
    /// <summary>是2012年的2.35倍 / 2.35 times.</summary>
    Times,

    /// <summary>增长1.35倍 / up 135%: the new figure is 2.35 times the base.</summary>
    Increase,
}

/// <summary>The base of a density: per 1万 people (每万人).</summary>
internal sealed record DensityBase(decimal Count, LocalizedText Unit);

/// <summary>The details a kind of fact needs besides its number; each is meaningful for one kind only.</summary>
internal sealed record Measure(
    LocalizedText? Unit = null,
    Currency Currency = Currency.Cny,
    Comparison ComparedWith = Comparison.None,
    MultipleForm Multiple = MultipleForm.Times,
    LocalizedText? Of = null,
    DensityBase? Per = null)
{
    /// <summary>A base the data names in words (较一季度 / on the first quarter), instead of a ComparedWith.</summary>
    public LocalizedText? Against { get; init; }
}

/// <summary>A fact's number: typed in (with its qualifier), or worked out from other facts.</summary>
internal sealed record FactValue(Quantity? Typed, Derivation? Derived, Qualifier Qualifier, SourceLocation Location);

/// <summary>A figure to reach by a date, such as 60,000 base stations by the end of 2025.</summary>
internal sealed record Target(Quantity Quantity, Qualifier Qualifier, LocalizedText? Unit, DateOnly? By, IdRef? Source, SourceLocation Location)
{
    public decimal Value => Quantity.Value;
}

/// <summary>One figure of the briefing, typed once and cited wherever prose uses it.</summary>
internal sealed record Fact(
    string Id,
    LocalizedText Label,
    FactKind Kind,
    Measure Measure,
    FactValue? Value,
    Period? Period,
    IdRef Source,
    Target? Target,
    SourceLocation Location)
{
    /// <summary>A relation the stated value must agree with (check: {sum: [a, b]}), or null.</summary>
    public Derivation? Check { get; init; }

    public LocalizedText? Unit => Measure.Unit;

    public IdRef TargetSource => Target?.Source ?? Source;

    public LocalizedText? TargetUnit => Target?.Unit ?? Unit;
}
