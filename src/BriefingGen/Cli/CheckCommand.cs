using BriefingGen.Diagnostics;
using BriefingGen.Messages;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'check': reports every problem in the briefings without rendering anything.</summary>
internal sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        var paths = ProjectPaths.Find();
        var folders = BriefingFolders.Resolve(settings.Briefings, paths, diagnostics);
        // A report that would land among the sources is refused before anything runs.
        if (settings.Report is { } refusedReport && CodeQualityReport.Refusal(refusedReport, paths, folders) is { } refusal)
        {
            DiagnosticPrinter.Print([refusal], settings.ChineseMessages);
            return ExitCodes.For([refusal]);
        }

        var briefings = BuildPipeline.LoadAll(folders, diagnostics, paths);
        // The report holds the problems of the data; a report that cannot be written is said on the console only.
        if (settings.Report is { } report && CodeQualityReport.Write(report, diagnostics.Sorted(), paths, settings.ChineseMessages) is { } unwritten)
        {
            diagnostics.Add(unwritten);
        }

        DiagnosticPrinter.Print(diagnostics.Sorted(), settings.ChineseMessages);
        if (briefings is null || diagnostics.HasErrors)
        {
            return ExitCodes.For(diagnostics.Items);
        }

        Console.WriteLine(Catalogue.In(settings.ChineseMessages, "check.clean", briefings.Count));
        return ExitCodes.Ok;
    }
}
