using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'assemble'.</summary>
internal sealed class AssembleSettings : MessagesSettings
{
    [CommandArgument(0, "<shards>")]
    [LocalizedDescription("help.assemble.shards")]
    public string[] Shards { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [LocalizedDescription("help.assemble.out")]
    public string Out { get; init; } = ProjectPaths.Find().Output;
}
