using BriefingGen.Diagnostics;

namespace BriefingGen.Cli;

/// <summary>Prints diagnostics to standard error in MSBuild's format, one a line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
