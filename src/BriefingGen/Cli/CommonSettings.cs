using BriefingGen.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>What every command takes: the briefings, and the language of its messages.</summary>
internal class CommonSettings : CommandSettings
{
    [CommandArgument(0, "[briefings]")]
    [LocalizedDescription("help.briefings")]
    public string[] Briefings { get; init; } = [];

    [CommandOption("-m|--messages <LANG>")]
    [LocalizedDescription("help.messages")]
    public string? Messages { get; init; }

    public bool ChineseMessages => UserLanguage.IsChinese(Messages);

    public override ValidationResult Validate() =>
        Messages is null or "zh" or "en"
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.unknown-language", Messages));
}
