using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>What every command takes: the briefings, and the language of its messages.</summary>
internal class CommonSettings : CommandSettings
{
    [CommandArgument(0, "[briefings]")]
    [Description("Briefing folders, or folders of them. Default: every folder under data/ that holds a briefing.yaml.")]
    public string[] Briefings { get; init; } = [];

    [CommandOption("-m|--messages <LANG>")]
    [Description("Language of the messages: zh or en. Default: the system's language (LANG), English unless it is Chinese.")]
    public string? Messages { get; init; }

    public bool ChineseMessages => Messages is { } chosen
        ? chosen == "zh"
        : SystemLanguage().StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public override ValidationResult Validate() =>
        Messages is null or "zh" or "en"
            ? ValidationResult.Success()
            : ValidationResult.Error($"Unknown language '{Messages}' in --messages; use zh or en.");

    // The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    private static string SystemLanguage() =>
        LocaleVariables
            .Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value))
        ?? CultureInfo.CurrentUICulture.Name;
}
