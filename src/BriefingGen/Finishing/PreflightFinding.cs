using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// One thing the preflight found: an error (certainly wrong in print) or a warning (off its
/// tolerance), on a page (0 when it is about the whole file), said in both languages.
/// </summary>
internal sealed record PreflightFinding(DiagnosticSeverity Level, PreflightCheck Check, int Page, Words Text)
{
    public bool IsError => Level == DiagnosticSeverity.Error;
}
