using BriefingGen.Doctor;
using BriefingGen.Messages;
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
        var findings = MachineCheck.Run(paths, settings.Out, folders, Catalogue.Chinese);
        var ok = Catalogue.Text("doctor.ok");
        var missing = Catalogue.Text("doctor.missing");
        var width = Math.Max(ok.Length, missing.Length) + 1;
        foreach (var finding in findings)
        {
            var line = Markup.Escape(Catalogue.Text("doctor.line", finding.Need, finding.Found));
            AnsiConsole.MarkupLine(finding.Ok
                ? $"[green]{ok.PadRight(width)}[/]{line}"
                : $"[red]{missing.PadRight(width)}[/]{line}\n{new string(' ', width)}{Catalogue.Text("doctor.fix")}: {Markup.Escape(finding.Fix ?? "")}");
        }

        return findings.All(f => f.Ok) ? ExitCodes.Ok : ExitCodes.Environment;
    }

    /// <summary>The options of 'doctor'.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [LocalizedDescription("help.doctor.out")]
        public string Out { get; init; } = ProjectPaths.Find().Output;

        [CommandOption("-m|--messages <LANG>")]
        [LocalizedDescription("help.messages")]
        public string? Messages { get; init; }

        public override ValidationResult Validate() =>
            Messages is null or "zh" or "en"
                ? ValidationResult.Success()
                : ValidationResult.Error(Catalogue.Text("usage.unknown-language", Messages));
    }
}
