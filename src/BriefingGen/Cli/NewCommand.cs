using BriefingGen.Diagnostics;
using BriefingGen.Messages;
using BriefingGen.Scaffolding;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'new': scaffolds data/&lt;id&gt;/ with commented examples, then checks it; never overwrites.</summary>
internal sealed class NewCommand : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellation)
    {
        var chinese = settings.ChineseMessages;
        var paths = ProjectPaths.Find();
        var folder = Path.Combine(paths.Data, settings.Id);
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        if (BriefingScaffold.Create(folder, DateOnly.FromDateTime(DateTime.Now)) is { } refusal)
        {
            DiagnosticPrinter.Print([refusal], chinese);
            return ExitCodes.InputErrors;
        }

        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([folder], diagnostics);
        DiagnosticPrinter.Print(diagnostics.Sorted(), chinese);
        Console.WriteLine(Catalogue.In(chinese, "new.created", shown, BriefingScaffold.Files.Length, settings.Id));
        return briefings is null ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
