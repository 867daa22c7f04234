using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>
/// The numbers a stated figure may stand for: 45.5万亿 is anything that rounds to it (45.45万亿 to
/// 45.55万亿); 超过20万 is 20万 or more; 约1.6万 is within 5% of it. A null side is unbounded.
/// Relations between figures hold when the bounds worked out from some overlap those stated for others.
/// </summary>
internal sealed record Bounds(decimal? Low, decimal? High)
{
    /// <summary>How far an "about" or "nearly" figure may be from its number: 5%, documented in docs/authoring.md.</summary>
    public const decimal Approximation = 0.05m;

    public static Bounds Of(Quantity quantity, Qualifier qualifier)
    {
        var v = quantity.Value;
        var half = quantity.Step / 2;
        var loose = Math.Max(half, Math.Abs(v) * Approximation);
        return qualifier switch
        {
            Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.Over or Qualifier.Plus or Qualifier.Odd => new(v - half, null),
            Qualifier.LessThan or Qualifier.UpTo => new(null, v + half),
            Qualifier.About => new(v - loose, v + loose),
            Qualifier.Nearly => new(v - loose, v + half),
            _ => new(v - half, v + half),
        };
    }

    public Bounds Plus(decimal offset) => new(Low + offset, High + offset);

    public bool Overlaps(Bounds other) =>
        (High is null || other.Low is null || High >= other.Low) && (Low is null || other.High is null || Low <= other.High);

    public static Bounds? Apply(Operation operation, IReadOnlyList<Bounds> x)
    {
        try
        {
            return operation switch
            {
                Operation.Sum => new(Sum(x.Select(b => b.Low)), Sum(x.Select(b => b.High))),
                Operation.Difference => new(x[0].Low - x[1].High, x[0].High - x[1].Low),
                Operation.Share => Divide(x[0], x[1])?.Times(100),
                Operation.Change => Divide(x[1], x[0])?.Plus(-1).Times(100),
                _ => Divide(x[0], x[1]),
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private Bounds Times(decimal factor) => new(Low * factor, High * factor);

    private static decimal? Sum(IEnumerable<decimal?> values) =>
        values.Aggregate((decimal?)0m, (total, v) => total + v);

    /// <summary>a ÷ b for a divisor known to be positive; null when it may be zero or unbounded.</summary>
    private static Bounds? Divide(Bounds a, Bounds b)
    {
        if (b.Low is not > 0 || b.High is not { } high)
        {
            return null;
        }

        var low = b.Low.Value;
        decimal? lowest = a.Low is { } al ? Math.Min(al / low, al / high) : null;
        decimal? highest = a.High is { } ah ? Math.Max(ah / low, ah / high) : null;
        return new(lowest, highest);
    }
}
