namespace BriefingGen.Localization;

/// <summary>Where a line chart's value axis starts: at zero, unless that would flatten the line, and then at a round number below it.</summary>
internal static class ChartAxis
{
    public static decimal From(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var min = values.Min();
        var max = values.Max();
        // Zero costs at most half the drawing's height when the lowest point is at most half the highest.
        if (min == 0 || (min > 0 && min <= max / 2))
        {
            return 0;
        }

        var range = max - min;
        var step = Step(range > 0 ? range : Math.Abs(min));
        var from = Math.Floor(min / step) * step;
        if (from == min)
        {
            from -= step;
        }

        // A positive series never gets a negative axis start: zero would then be the honest choice.
        return min > 0 && from < 0 ? 0 : from;
    }

    /// <summary>The power of ten at or above a number, so that the axis starts at a round number: 8.1 → 10, 0.3 → 1.</summary>
    private static decimal Step(decimal range)
    {
        var step = 1m;
        while (step / 10 >= range)
        {
            step /= 10;
        }

        while (step < range)
        {
            step *= 10;
        }

        return step;
    }
}
