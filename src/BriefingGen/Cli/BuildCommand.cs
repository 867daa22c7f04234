using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'build': checks the briefings, then writes their PDFs, intranet page and manifest.</summary>
internal sealed class BuildCommand : AsyncCommand<BuildSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BuildSettings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        var briefings = BuildPipeline.LoadNamed(settings.Briefings, paths, settings.ChineseMessages, out var refused);
        if (briefings is null)
        {
            return refused;
        }

        try
        {
            var options = new BuildOptions(settings.Out, settings.Editions, settings.Pdf, settings.Html)
            {
                Printer = new PrinterOptions(null, TimeSpan.FromSeconds(settings.Timeout)),
                Press = settings.Press,
                Force = settings.Force,
            };
            // The live display, if any, ends before the diagnostics print: here on success, by the using on failure.
            using var progress = BuildProgress.ForConsole(settings.ChineseMessages);
            var pipeline = new BuildPipeline(paths, progress);
            await pipeline.BuildAsync(briefings, options);
            progress.Dispose();
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
