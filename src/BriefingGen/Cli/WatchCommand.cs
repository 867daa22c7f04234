using BriefingGen.Diagnostics;
using BriefingGen.Messages;
using BriefingGen.Watching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'watch': builds, serves the site on loopback, and rebuilds and reloads on every save until Ctrl+C.</summary>
internal sealed class WatchCommand : AsyncCommand<WatchCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        var diagnostics = new DiagnosticBag();
        var folders = BriefingFolders.Resolve(settings.Briefings, paths, diagnostics);
        if (diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Items, settings.ChineseMessages);
            return ExitCodes.InputErrors;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        // Stop cleanly on Ctrl+C or a kill: the server and the browser close before the process ends.
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        void Stop(System.Runtime.InteropServices.PosixSignalContext signal)
        {
            // Cancelled off the signal's thread: the shutdown it starts disposes this very handler.
            signal.Cancel = true;
            _ = Task.Run(stop.Cancel, CancellationToken.None);
        }


        var options = new WatchOptions(folders, settings.Out, settings.Port, !settings.NoPdf, settings.ChineseMessages);
        await using var session = new WatchSession(paths, options, Console.WriteLine);
        try
        {
            await session.StartAsync();
        }
        catch (BuildFailedException e)
        {
            DiagnosticPrinter.Print(e.Diagnostics, settings.ChineseMessages);
            return ExitCodes.For(e.Diagnostics);
        }

        Console.WriteLine(Catalogue.In(settings.ChineseMessages, "watch.serving", session.Address));
        await session.RunAsync(stop.Token);
        return ExitCodes.Ok;
    }

    /// <summary>The arguments and options of 'watch'.</summary>
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("-p|--port <PORT>")]
        [LocalizedDescription("help.watch.port")]
        public int Port { get; init; } = 5310;

        [CommandOption("-o|--out <DIR>")]
        [LocalizedDescription("help.watch.out")]
        public string Out { get; init; } = ProjectPaths.Find().Output;

        [CommandOption("--no-pdf")]
        [LocalizedDescription("help.watch.no-pdf")]
        public bool NoPdf { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } common)
            {
                return common;
            }

            return Port is >= 0 and <= 65535
                ? ValidationResult.Success()
                : ValidationResult.Error(Catalogue.Text("usage.port-range", Port));
        }
    }
}
