using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>How one figure follows from others.</summary>
internal enum Operation
{
    /// <summary>a − b.</summary>
    Difference,

    /// <summary>a + b + …: a whole from its parts.</summary>
    Sum,

    /// <summary>part ÷ whole × 100.</summary>
    Share,

    /// <summary>(to − from) ÷ from × 100.</summary>
    Change,

    /// <summary>a ÷ b.</summary>
    Ratio,
}

/// <summary>
/// A figure worked out from other facts ({sum: [a, b]}), either as a fact's value or as the
/// relation a stated value is checked against. Round is the step the result is rounded to, if any.
/// </summary>
internal sealed record Derivation(Operation Operation, IReadOnlyList<IdRef> Operands, decimal? Round, SourceLocation Location)
{
    /// <summary>How many operands the operation takes; null for any number from two.</summary>
    public static int? Arity(Operation operation) => operation == Operation.Sum ? null : 2;
}
