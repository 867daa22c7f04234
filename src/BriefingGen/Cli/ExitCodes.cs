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

        // BG002x: the command line named an output folder that may not be written; nothing was done.
        if (errors.Any(d => d.Code.StartsWith("BG002", StringComparison.Ordinal)))
        {
            return Usage;
        }

        return errors.Any(d => d.Code.StartsWith("BG4", StringComparison.Ordinal)) ? Environment : InputErrors;
    }
}
