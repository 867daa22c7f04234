namespace BriefingGen.Diagnostics;

/// <summary>Every warning the tool can give: legal input that is probably a slip. Codes BG5xxx.</summary>
internal static class Warnings
{
    public static Diagnostic UnusedFact(SourceLocation at, string id) =>
        Warning("BG5001", $"The fact '{id}' is never used in the prose; it appears only in the key figures.", at);

    public static Diagnostic UnusedSource(SourceLocation at, string id) =>
        Warning("BG5002", $"The source '{id}' is never cited; it will not be listed.", at);

    private static Diagnostic Warning(string code, string message, SourceLocation at) =>
        new(DiagnosticSeverity.Warning, code, message, at);
}
