using BriefingGen.Messages;
using BriefingGen.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The arguments and options of 'build'.</summary>
internal sealed class BuildSettings : CommonSettings
{
    [CommandOption("-o|--out <DIR>")]
    [LocalizedDescription("help.build.out")]
    public string Out { get; init; } = ProjectPaths.Find().Output;

    [CommandOption("-l|--lang <EDITIONS>")]
    [LocalizedDescription("help.build.lang")]
    public string Languages { get; init; } = "zh,en,zh-en";

    [CommandOption("-f|--format <FORMATS>")]
    [LocalizedDescription("help.build.format")]
    public string Formats { get; init; } = "pdf,html";

    [CommandOption("-p|--press")]
    [LocalizedDescription("help.build.press")]
    public bool Press { get; init; }

    [CommandOption("--force")]
    [LocalizedDescription("help.build.force")]
    public bool Force { get; init; }

    [CommandOption("-t|--timeout <SECONDS>")]
    [LocalizedDescription("help.build.timeout")]
    public int Timeout { get; init; } = 60;

    [CommandOption("--shard <K/N>")]
    [LocalizedDescription("help.build.shard")]
    public string? Shard { get; init; }

    /// <summary>The share of the briefings this build makes (--shard k/n), or null for all of them.</summary>
    public Shard? Share => Shard is null ? null : Cli.Shard.Parse(Shard);

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
            return ValidationResult.Error(Catalogue.Text("usage.unknown-edition", unknownEdition));
        }

        // 0 or less would switch hang detection off, or make every print fail at once.
        if (Timeout <= 0)
        {
            return ValidationResult.Error(Catalogue.Text("usage.timeout-positive", Timeout));
        }

        if (Shard is not null && Share is null)
        {
            return ValidationResult.Error(Catalogue.Text("usage.shard-malformed", Shard));
        }

        var unknownFormat = Split(Formats).FirstOrDefault(f => f is not ("pdf" or "html"));
        return unknownFormat is null
            ? ValidationResult.Success()
            : ValidationResult.Error(Catalogue.Text("usage.unknown-format", unknownFormat));
    }

    private static string[] Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
