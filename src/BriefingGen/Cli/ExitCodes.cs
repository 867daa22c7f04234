namespace BriefingGen.Cli;

/// <summary>The process's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
    public const int Environment = 3;

    /// <summary>The exit code for a run that ended with these problems: the machine's, else the input's.</summary>
    public static int For(IEnumerable<Diagnostics.Diagnostic> problems)
    {
        var errors = problems.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return Ok;
        }

        // BG002x, BG0051: the command line named an output folder or a report that may not be written;
        // BG0070, BG0071: assemble was given a shard folder that is not there or overlaps its output. Nothing was done.
        if (errors.Any(d => d.Code.StartsWith("BG002", StringComparison.Ordinal) || d.Code is "BG0051" or "BG0070" or "BG0071"))
        {
            return Usage;
        }

        // BG4xxx the browser, the PDFs and the output's disk; BG005x the report's; BG3100–BG3108 the
        // colour profiles and the finished PDFs (the generator's output, not the data).
        return errors.Any(d => d.Code.StartsWith("BG4", StringComparison.Ordinal) || d.Code.StartsWith("BG005", StringComparison.Ordinal)
            || (string.CompareOrdinal(d.Code, "BG3100") >= 0 && string.CompareOrdinal(d.Code, "BG3108") <= 0)) ? Environment : InputErrors;
    }
}
