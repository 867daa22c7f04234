namespace BriefingGen.Finishing;

/// <summary>One operator of a content stream with its operands, each kept as the exact bytes it was written with.</summary>
internal sealed record ContentOperation(IReadOnlyList<string> Operands, string Operator)
{
    /// <summary>Operators that put marks on the page (text, paths, images, shadings, forms).</summary>
    private static readonly HashSet<string> Painting = new(StringComparer.Ordinal)
    {
        "Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "BI",
    };

    public bool Paints => Painting.Contains(Operator);

    public static ContentOperation Of(string op, params string[] operands) => new(operands, op);
}
