using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>What every command on briefings takes: the briefings, and the language of its messages.</summary>
internal class CommonSettings : MessagesSettings
{
    [CommandArgument(0, "[briefings]")]
    [LocalizedDescription("help.briefings")]
    public string[] Briefings { get; init; } = [];
}
