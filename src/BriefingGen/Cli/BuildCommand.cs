using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Messages;
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
        var shard = settings.Share;
        var given = 0;
        var briefings = BuildPipeline.LoadNamed(settings.Briefings, paths, settings.ChineseMessages, out var refused, shard is null ? null : folders =>
        {
            given = folders.Count;
            return shard.Share(folders);
        });
        if (briefings is null)
        {
            return refused;
        }

        if (shard is not null)
        {
            // A shard's log says which briefings it makes, so that a CI author can find each one's job. A
            // share may be empty (more runners than briefings): the build then still checks its output folder.
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{(briefings.Count == 0
                ? Catalogue.Text("progress.shard-empty", shard, given)
                : Catalogue.Text("progress.shard", shard, briefings.Count, given, string.Join(", ", briefings.Select(b => b.Id))))}[/]");
        }

        try
        {
            var options = new BuildOptions(settings.Out, settings.Editions, settings.Pdf, settings.Html)
            {
                Printer = new PrinterOptions(null, TimeSpan.FromSeconds(settings.Timeout)),
                Press = settings.Press,
                Force = settings.Force,
                // A shard sees only its share: the front page, which lists them all, is assemble's.
                FrontPage = shard is null,
                // Only a build of the whole data folder knows which briefings are gone from it.
                RemoveGone = shard is null && settings.Briefings.Length == 0,
            };
            // The live display, if any, ends before the diagnostics print: here on success, by the using on failure.
            using var progress = BuildProgress.ForConsole(settings.ChineseMessages);
            var pipeline = new BuildPipeline(paths, progress);
            await pipeline.BuildAsync(briefings, options);
            progress.Dispose();
            DiagnosticPrinter.Print([.. pipeline.PdfWarnings, .. pipeline.PublishWarnings], settings.ChineseMessages);
            return ExitCodes.Ok;
        }
        catch (BuildFailedException e)
        {
            DiagnosticPrinter.Print(e.Diagnostics, settings.ChineseMessages);
            return ExitCodes.For(e.Diagnostics);
        }
    }
}
