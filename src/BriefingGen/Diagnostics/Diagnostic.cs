namespace BriefingGen.Diagnostics;

/// <summary>
/// One problem found in a user's input or environment, with a stable code, a place, and its
/// message in English and in Chinese (the staff who read it are Chinese; logs and tests read English).
/// </summary>
internal sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, string MessageZh, SourceLocation Location)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// MSBuild's format, so that editors and CI logs make the location clickable. Every character
    /// that could act on a terminal is shown as its code, whatever part (path, quoted data) holds it.
    /// </summary>
    public string Format(bool chinese)
    {
        var severity = IsError ? "error" : "warning";
        return SafeText.Escape($"{Location}: {severity} {Code}: {(chinese ? MessageZh : Message)}");
    }

    public override string ToString() => Format(chinese: false);
}
