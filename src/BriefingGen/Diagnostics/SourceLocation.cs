namespace BriefingGen.Diagnostics;

/// <summary>A place in a source file, 1-based, as editors and MSBuild print it.</summary>
internal sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
