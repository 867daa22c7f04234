using BriefingGen.Messages;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'preflight'.</summary>
internal sealed class PreflightSettings : CommandSettings
{
    [CommandArgument(0, "<pdf>")]
    [LocalizedDescription("help.preflight.pdf")]
    public string[] Pdfs { get; init; } = [];

    [CommandOption("-m|--messages <LANG>")]
    [LocalizedDescription("help.messages")]
    public string? Messages { get; init; }

    public bool ChineseMessages => UserLanguage.IsChinese(Messages);

    public override ValidationResult Validate() =>
        Messages is null or "zh" or "en"
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.unknown-language", Messages));
}
