using BriefingGen.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'verify'.</summary>
internal sealed class VerifySettings : CommonSettings
{
    [CommandOption("--accept")]
    [LocalizedDescription("help.verify.accept")]
    public bool Accept { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [LocalizedDescription("help.verify.out")]
    public string Out { get; init; } = ProjectPaths.Find().Output;

    [CommandOption("-d|--diffs <DIR>")]
    [LocalizedDescription("help.verify.diffs")]
    public string Diffs { get; init; } = ProjectPaths.Find().Differences;

    [CommandOption("-t|--timeout <SECONDS>")]
    [LocalizedDescription("help.build.timeout")]
    public int Timeout { get; init; } = 60;

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } common)
        {
            return common;
        }

        return Timeout > 0
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.timeout-positive", Timeout));
    }
}
