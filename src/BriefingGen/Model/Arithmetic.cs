namespace BriefingGen.Model;

/// <summary>The operations of derived and checked figures, on exact decimals; null where one has no result (÷ 0, overflow).</summary>
internal static class Arithmetic
{
    public static decimal? Apply(Operation operation, IReadOnlyList<decimal> x)
    {
        try
        {
            return operation switch
            {
                Operation.Sum => x.Sum(),
                Operation.Difference => x[0] - x[1],
                Operation.Share => x[1] == 0 ? null : x[0] / x[1] * 100,
                Operation.Change => x[0] == 0 ? null : (x[1] - x[0]) / x[0] * 100,
                _ => x[1] == 0 ? null : x[0] / x[1],
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
