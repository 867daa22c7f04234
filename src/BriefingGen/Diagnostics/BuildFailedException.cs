namespace BriefingGen.Diagnostics;

/// <summary>
/// Thrown by a stage that cannot go on; it carries diagnostics, never a stack trace for the user.
/// </summary>
internal sealed class BuildFailedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public BuildFailedException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
