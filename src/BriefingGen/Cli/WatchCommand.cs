using System.ComponentModel;
using BriefingGen.Diagnostics;
using BriefingGen.Watching;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>'watch': builds, serves the site on loopback, and rebuilds and reloads on every save until Ctrl+C.</summary>
internal sealed class WatchCommand : AsyncCommand<WatchCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        var diagnostics = new DiagnosticBag();
        var named = settings.Briefings.Select(b => Directory.Exists(b) || b.Contains('/', StringComparison.Ordinal) ? b : Path.Combine(paths.Data, b)).ToList();
        var folders = BriefingFolders.Resolve(named, paths, diagnostics);
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

        Console.WriteLine(settings.ChineseMessages
            ? $"预览地址：{session.Address}（PDF 预览：{session.Address}_pdf/<编号>/<编号>.zh.pdf）。保存文件即自动重建；按 Ctrl+C 停止。"
            : $"Serving {session.Address} (PDF previews at {session.Address}_pdf/<id>/<id>.zh.pdf). Save a file to rebuild; Ctrl+C to stop.");
        await session.RunAsync(stop.Token);
        return ExitCodes.Ok;
    }

    /// <summary>The arguments and options of 'watch'.</summary>
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("-p|--port <PORT>")]
        [Description("The port on 127.0.0.1 to serve on; 0 picks a free one. Default: 5310")]
        public int Port { get; init; } = 5310;

        [CommandOption("-o|--out <DIR>")]
        [Description("Where the outputs are written and served from. Default: out")]
        public string Out { get; init; } = "out";

        [CommandOption("--no-pdf")]
        [Description("Rebuild the HTML only, without printing the PDFs.")]
        public bool NoPdf { get; init; }
    }
}
