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
}

/// <summary>A fact's number: typed in, or the difference of two other facts' numbers.</summary>
internal sealed record FactValue(decimal? Number, IdRef? Minuend, IdRef? Subtrahend, SourceLocation Location)
{
    public bool IsDifference => Minuend is not null;
}

/// <summary>A figure to reach by a date, such as 60,000 base stations by the end of 2025.</summary>
internal sealed record Target(decimal Value, LocalizedText? Unit, DateOnly? By, bool AtLeast, IdRef? Source, SourceLocation Location);

/// <summary>One figure of the briefing, typed once and cited wherever prose uses it.</summary>
internal sealed record Fact(
    string Id,
    LocalizedText Label,
    FactKind Kind,
    LocalizedText? Unit,
    FactValue? Value,
    Period? Period,
    IdRef Source,
    Target? Target,
    SourceLocation Location)
{
    public IdRef TargetSource => Target?.Source ?? Source;

    public LocalizedText? TargetUnit => Target?.Unit ?? Unit;
}
