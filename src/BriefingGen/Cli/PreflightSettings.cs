using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'preflight'.</summary>
internal sealed class PreflightSettings : MessagesSettings
{
    [CommandArgument(0, "<pdf>")]
    [LocalizedDescription("help.preflight.pdf")]
    public string[] Pdfs { get; init; } = [];
}
