using BriefingGen.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments of 'new'.</summary>
internal sealed class NewSettings : MessagesSettings
{
    [CommandArgument(0, "<id>")]
    [LocalizedDescription("help.new.id")]
    public string Id { get; init; } = "";

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } language)
        {
            return language;
        }

        return Scaffolding.BriefingScaffold.IsValidId(Id)
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.bad-id", Id));
    }
}
