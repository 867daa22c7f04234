using BriefingGen.Diagnostics;
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

        Console.WriteLine(settings.ChineseMessages
            ? $"已检查 {briefings.Count} 份简报，没有错误。"
            : $"Checked {briefings.Count} briefing(s): no errors.");
        return ExitCodes.Ok;
    }
}
