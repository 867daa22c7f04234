namespace BriefingGen.Diagnostics;

/// <summary>How bad a diagnostic is: an error stops the build, a warning does not.</summary>
internal enum DiagnosticSeverity
{
    Warning,
    Error,
}
