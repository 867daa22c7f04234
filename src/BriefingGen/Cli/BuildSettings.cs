using System.ComponentModel;
using BriefingGen.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'build'.</summary>
internal sealed class BuildSettings : CommonSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Where to write the outputs; each briefing goes to <DIR>/<id>/. Default: out")]
    public string Out { get; init; } = "out";

    [CommandOption("-l|--lang <EDITIONS>")]
    [Description("Which print editions to make, comma-separated: zh, en, zh-en. Default: all three")]
    public string Languages { get; init; } = "zh,en,zh-en";

    [CommandOption("-f|--format <FORMATS>")]
    [Description("What to make, comma-separated: pdf (the print editions), html (index.html for the intranet). Default: pdf,html")]
    public string Formats { get; init; } = "pdf,html";

    [CommandOption("-t|--timeout <SECONDS>")]
    [Description("How long Chromium may take to start or to print one edition before it counts as hung (a hung print is tried once more). Default: 60")]
    public int Timeout { get; init; } = 60;

    public IReadOnlyList<Edition> Editions =>
        Split(Languages).Select(code => Edition.Printed.First(e => e.Code == code)).ToList();

    public bool Pdf => Split(Formats).Contains("pdf");

    public bool Html => Split(Formats).Contains("html");

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } common)
        {
            return common;
        }

        var unknownEdition = Split(Languages).FirstOrDefault(code => Edition.Printed.All(e => e.Code != code));
        if (unknownEdition is not null)
        {
            return ValidationResult.Error($"Unknown edition '{unknownEdition}' in --lang; use zh, en or zh-en.");
        }

        var unknownFormat = Split(Formats).FirstOrDefault(f => f is not ("pdf" or "html"));
        return unknownFormat is null
            ? ValidationResult.Success()
            : ValidationResult.Error($"Unknown format '{unknownFormat}' in --format; use pdf or html.");
    }

    private static string[] Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
