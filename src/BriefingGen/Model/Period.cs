namespace BriefingGen.Model;

/// <summary>The stretch of time a figure covers.</summary>
internal enum PeriodKind
{
    Year,
    FirstHalf,
    FirstThreeQuarters,
    AsOf,
}

/// <summary>When a figure holds: a year, part of a year, or a day it was measured on.</summary>
internal sealed record Period(PeriodKind Kind, int Year, DateOnly? Day);
