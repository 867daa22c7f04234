using BriefingGen.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments of 'new'.</summary>
internal sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<id>")]
    [LocalizedDescription("help.new.id")]
    public string Id { get; init; } = "";

    [CommandOption("-m|--messages <LANG>")]
    [LocalizedDescription("help.messages")]
    public string? Messages { get; init; }

    public override ValidationResult Validate()
    {
        if (Messages is not (null or "zh" or "en"))
        {
            return ValidationResult.Error(Catalogue.Text("usage.unknown-language", Messages));
        }

        return Scaffolding.BriefingScaffold.IsValidId(Id)
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.bad-id", Id));
    }
}
