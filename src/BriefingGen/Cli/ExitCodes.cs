namespace BriefingGen.Cli;

/// <summary>The process's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
    public const int Environment = 3;
}
