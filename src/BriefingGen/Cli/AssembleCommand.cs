using System.Globalization;
using BriefingGen.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'assemble': the site (every briefing and the front page) from the output folders of 'build --shard k/n'.</summary>
internal sealed class AssembleCommand : Command<AssembleSettings>
{
    public override int Execute(CommandContext context, AssembleSettings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        try
        {
            // Progress as build shows it: a grey line a step.
            var progress = (string line) => AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{line}[/]");
            DiagnosticPrinter.Print(new SiteAssembly(paths, progress).Assemble(settings.Shards, settings.Out), settings.ChineseMessages);
            return ExitCodes.Ok;
        }
        catch (BuildFailedException e)
        {
            DiagnosticPrinter.Print(e.Diagnostics, settings.ChineseMessages);
            return ExitCodes.For(e.Diagnostics);
        }
    }
}
