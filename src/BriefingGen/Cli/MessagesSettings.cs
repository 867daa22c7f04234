using BriefingGen.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>What every command takes: the language of its messages.</summary>
internal class MessagesSettings : CommandSettings
{
    [CommandOption("-m|--messages <LANG>")]
    [LocalizedDescription("help.messages")]
    public string? Messages { get; init; }

    public bool ChineseMessages => UserLanguage.IsChinese(Messages);

    public override ValidationResult Validate() =>
        Messages is null or "zh" or "en"
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.unknown-language", Messages));
}
