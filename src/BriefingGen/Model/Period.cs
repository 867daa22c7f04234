namespace BriefingGen.Model;

/// <summary>The stretch of time a figure covers.</summary>
internal enum PeriodKind
{
    Year,
    Years,
    FirstHalf,
    SecondHalf,
    Quarter,
    FirstThreeQuarters,
    Month,
    Months,
    AsOf,
}

/// <summary>
/// When a figure holds: a year or a range of years, part of a year (a half, a quarter, the first
/// three quarters, a month or a range of months), or a day it was measured on.
/// </summary>
internal sealed record Period(PeriodKind Kind, int Year, DateOnly? Day)
{
    /// <summary>The last year of a range of years, or the year of the last month of a range of months.</summary>
    public int EndYear { get; init; } = Year;

    /// <summary>The month (1–12) of a month, or the first month of a range of months.</summary>
    public int Month { get; init; }

    /// <summary>The last month of a range of months.</summary>
    public int EndMonth { get; init; }

    /// <summary>The quarter (1–4) of a single quarter.</summary>
    public int Quarter { get; init; }
}
