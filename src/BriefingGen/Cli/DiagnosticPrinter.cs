using BriefingGen.Diagnostics;
using BriefingGen.Messages;

namespace BriefingGen.Cli;

/// <summary>Prints diagnostics to standard error in MSBuild's format, one a line, then a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool chinese)
    {
        var list = diagnostics.ToList();
        foreach (var diagnostic in list)
        {
            Console.Error.WriteLine(diagnostic.Format(chinese));
        }

        var errors = list.Count(d => d.IsError);
        var warnings = list.Count - errors;
        if (list.Count > 0)
        {
            Console.Error.WriteLine(Catalogue.In(chinese, "diagnostics.summary", errors, warnings));
        }
    }
}
