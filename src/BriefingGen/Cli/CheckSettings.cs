using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'check'.</summary>
internal sealed class CheckSettings : CommonSettings
{
    [CommandOption("-r|--report <FILE>")]
    [LocalizedDescription("help.check.report")]
    public string? Report { get; init; }
}
