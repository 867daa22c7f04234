using System.Globalization;
using Spectre.Console;

namespace BriefingGen.Cli;

/// <summary>Picks how a build says its progress: a live display on a terminal, plain lines anywhere else.</summary>
internal static class BuildProgress
{
    /// <summary>
    /// Live only where Spectre would animate (standard output a terminal that understands ANSI, so
    /// not TERM=dumb, not a CI log); NO_COLOR takes the colours away, as it does from every line.
    /// </summary>
    public static IBuildProgress ForConsole(bool chinese)
    {
        var console = AnsiConsole.Console;
        var profile = console.Profile;
        return profile.Out.IsTerminal && profile.Capabilities is { Interactive: true, Ansi: true }
            ? new LiveBuildProgress(console, chinese, TimeProvider.System)
            : new PlainBuildProgress(line => GreyLine(console, line), chinese, TimeProvider.System);
    }

    /// <summary>A step of the build, in grey: it is commentary, the diagnostics are what matter.</summary>
    public static void GreyLine(IAnsiConsole console, string line) =>
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{line}[/]");
}
