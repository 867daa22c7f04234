using BriefingGen.Diagnostics;
using BriefingGen.Finishing;
using BriefingGen.Messages;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>
/// 'preflight': measures any PDF as a print shop would (GB/T 9704 geometry for a Chinese edition,
/// kinsoku, loose lines, widows, fonts, colour spaces) and prints what it found and the figures.
/// Exit 1 when it found an error.
/// </summary>
internal sealed class PreflightCommand : Command<PreflightSettings>
{
    public override int Execute(CommandContext context, PreflightSettings settings, CancellationToken cancellation)
    {
        var chinese = settings.ChineseMessages;
        var all = new List<Diagnostic>();
        foreach (var pdf in settings.Pdfs)
        {
            if (!File.Exists(pdf))
            {
                all.Add(Errors.PreflightFileMissing(pdf));
                DiagnosticPrinter.Print([all[^1]], chinese);
                continue;
            }

            PreflightReport report;
            try
            {
                report = Preflight.Run(File.ReadAllBytes(pdf));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever PdfPig cannot parse is a file that is not a (whole) PDF: said as such, never as a stack.
                all.Add(Errors.PreflightUnreadable(pdf, e.Message));
                DiagnosticPrinter.Print([all[^1]], chinese);
                continue;
            }

            var diagnostics = PreflightDiagnostics.All(pdf, report).ToList();
            all.AddRange(diagnostics);
            Console.WriteLine(SafeText.Escape(Catalogue.In(chinese, "preflight.heading", pdf, Catalogue.In(chinese, KindKey(report.Kind)), report.Pages)));
            foreach (var diagnostic in diagnostics)
            {
                Console.WriteLine(diagnostic.Format(chinese));
            }

            Console.WriteLine(PreflightTable.Format(report, chinese));
        }

        var errors = all.Count(d => d.IsError);
        Console.WriteLine(Catalogue.In(chinese, "diagnostics.summary", errors, all.Count - errors));
        return errors == 0 ? ExitCodes.Ok : ExitCodes.InputErrors;
    }

    private static string KindKey(EditionKind kind) => kind switch
    {
        EditionKind.ChineseOfficial => "preflight.kind.zh",
        EditionKind.English => "preflight.kind.en",
        _ => "preflight.kind.other",
    };
}
