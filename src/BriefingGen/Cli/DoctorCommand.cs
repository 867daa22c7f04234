using BriefingGen.Doctor;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'doctor': what the generator needs, what it found, and the fix for each problem. Exit 0 only when all is there.</summary>
internal sealed class DoctorCommand : Command<DoctorCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        var folders = Directory.Exists(paths.Data) ? Directory.GetDirectories(paths.Data) : [];
        var findings = MachineCheck.Run(paths, settings.Out, folders);
        foreach (var finding in findings)
        {
            AnsiConsole.MarkupLine(finding.Ok
                ? $"[green]ok[/]      {Markup.Escape(finding.Need)}: {Markup.Escape(finding.Found)}"
                : $"[red]missing[/] {Markup.Escape(finding.Need)}: {Markup.Escape(finding.Found)}\n        fix: {Markup.Escape(finding.Fix ?? "")}");
        }

        return findings.All(f => f.Ok) ? ExitCodes.Ok : ExitCodes.Environment;
    }

    /// <summary>The options of 'doctor'.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [System.ComponentModel.Description("The output folder to check for write access. Default: out")]
        public string Out { get; init; } = "out";
    }
}
