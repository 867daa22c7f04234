using BriefingGen.Diagnostics;
using BriefingGen.Messages;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'check': reports every problem in the briefings without rendering anything.</summary>
internal sealed class CheckCommand : Command<CommonSettings>
{
    public override int Execute(CommandContext context, CommonSettings settings, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        var folders = BriefingFolders.Resolve(settings.Briefings, ProjectPaths.Find(), diagnostics);
        var briefings = BuildPipeline.LoadAll(folders, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Sorted(), settings.ChineseMessages);
        if (briefings is null)
        {
            return ExitCodes.For(diagnostics.Items);
        }

        Console.WriteLine(Catalogue.In(settings.ChineseMessages, "check.clean", briefings.Count));
        return ExitCodes.Ok;
    }
}
