using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'build': checks the briefings, then writes their PDFs, intranet page and manifest.</summary>
internal sealed class BuildCommand : AsyncCommand<BuildSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        var diagnostics = new DiagnosticBag();
        var folders = BriefingFolders.Resolve(settings.Briefings, paths, diagnostics);
        var briefings = BuildPipeline.LoadAll(folders, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Sorted(), settings.ChineseMessages);
        if (briefings is null)
        {
            return ExitCodes.For(diagnostics.Items);
        }

        try
        {
            var options = new BuildOptions(settings.Out, settings.Editions, settings.Pdf, settings.Html)
            {
                Printer = new PrinterOptions(null, TimeSpan.FromSeconds(settings.Timeout)),
                Press = settings.Press,
            };
            var pipeline = new BuildPipeline(paths, line => AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{line}[/]"));
            await pipeline.BuildAsync(briefings, options);
            DiagnosticPrinter.Print(pipeline.PdfWarnings, settings.ChineseMessages);
            return ExitCodes.Ok;
        }
        catch (BuildFailedException e)
        {
            DiagnosticPrinter.Print(e.Diagnostics, settings.ChineseMessages);
            return ExitCodes.For(e.Diagnostics);
        }
    }
}
