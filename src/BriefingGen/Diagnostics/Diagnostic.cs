namespace BriefingGen.Diagnostics;

/// <summary>One problem found in a user's input or environment, with a stable code and a place.</summary>
internal sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>MSBuild's format, so that editors and CI logs make the location clickable.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        return $"{Location}: {severity} {Code}: {Message}";
    }
}
