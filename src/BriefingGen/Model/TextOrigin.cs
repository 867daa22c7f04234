using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// Where a text's first character is written in its file. Exact when the text is one line with no
/// escapes, so that an offset in the text is the same offset in the line; else only its start is known.
/// </summary>
internal sealed record TextOrigin(SourceLocation Start, bool Exact)
{
    /// <summary>The place of the character at <paramref name="offset"/>, or the text's start when that is all that is known.</summary>
    public SourceLocation At(int offset) =>
        Exact && Start.Line > 0 ? Start with { Column = Start.Column + offset } : Start;
}
