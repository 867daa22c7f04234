using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments of 'new'.</summary>
internal sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<id>")]
    [Description("The new briefing's id: lower-case letters, digits and hyphens, e.g. jinan-ai-2026. It names data/<id>/ and out/<id>/.")]
    public string Id { get; init; } = "";

    [CommandOption("-m|--messages <LANG>")]
    [Description("Language of the messages: zh or en. Default: the system's language.")]
    public string? Messages { get; init; }

    public override ValidationResult Validate() =>
        Scaffolding.BriefingScaffold.IsValidId(Id)
            ? ValidationResult.Success()
            : ValidationResult.Error($"'{Id}' is not a valid id: use lower-case letters, digits and hyphens, such as jinan-ai-2026.");
}
