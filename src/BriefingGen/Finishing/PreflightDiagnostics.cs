using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>A preflight's findings as diagnostics located at the PDF and its page: each error, and each warning or their one-line summary.</summary>
internal static class PreflightDiagnostics
{
    public static IEnumerable<Diagnostic> All(string pdf, PreflightReport report) =>
        report.Findings.Select(f => f.IsError ? Errors.PreflightError(pdf, f) : Warnings.Preflight(pdf, f));

    /// <summary>
    /// What a build says of a PDF it printed: every error, and the warnings in one line. The fonts and
    /// text off the page are left to PdfChecker, which the build runs too and which names them (BG4003, BG4011).
    /// </summary>
    public static IEnumerable<Diagnostic> ForBuild(string pdf, PreflightReport report, string command)
    {
        foreach (var error in report.Errors.Where(e => e.Check is not (PreflightCheck.FontEmbedding or PreflightCheck.TextOffPage)))
        {
            yield return Errors.PreflightError(pdf, error);
        }

        var warnings = report.Warnings.ToList();
        if (warnings.Count > 0)
        {
            yield return Warnings.PreflightSummary(pdf, warnings, command);
        }
    }
}
