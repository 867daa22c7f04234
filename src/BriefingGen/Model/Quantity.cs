namespace BriefingGen.Model;

/// <summary>
/// A number as the data gives it: its value and the place of its last digit (the step), so that
/// 45.5万亿 is known to be exact to 0.1万亿. The step is what cross-checks allow for rounding.
/// </summary>
internal sealed record Quantity(decimal Value, decimal Step)
{
    /// <summary>How many decimals a rounding step asks to be shown (0.1 → 1, 0.05 → 2, 1 → 0).</summary>
    public static int DecimalsOf(decimal step)
    {
        var inUnit = step;
        var decimals = 0;
        while (inUnit < 1 && inUnit > 0 && decimals < 12)
        {
            inUnit *= 10;
            decimals++;
        }

        return decimals;
    }
}
