using System.Runtime.InteropServices;
using BriefingGen.Messages;
using Spectre.Console;

namespace BriefingGen.Cli;

/// <summary>
/// The build's progress on a terminal: the steps as grey lines, and while the PDFs print, a live bar
/// "PDFs N/M, about m:ss left" naming the last one done. The bar ends, and the terminal is left as
/// it was (cursor shown), when the printing ends, fails, or is stopped by a signal.
/// </summary>
internal sealed class LiveBuildProgress(IAnsiConsole console, bool chinese, TimeProvider clock) : IBuildProgress
{
    // The steps other than the PDFs are the same lines as in a log, printed above the bar.
    private readonly PlainBuildProgress _lines = new(line => BuildProgress.GreyLine(console, line), chinese, clock);
    private readonly PrintTally _tally = new(clock);
    private readonly Lock _lock = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private TaskCompletionSource? _finish;
    private Task? _display;
    private ProgressTask? _pdfs;

    public void Unchanged(string folder) => _lines.Unchanged(folder);

    public void Rendered(string briefing, int documents) => _lines.Rendered(briefing, documents);

    public void Printing(int pdfs, int tabs)
    {
        _lines.Printing(pdfs, tabs);
        _tally.Start(pdfs);
        Start(pdfs);
    }

    public void Printed(string briefing, string pdf)
    {
        lock (_lock)
        {
            var step = _tally.Done();
            if (_pdfs is null)
            {
                return;
            }

            _pdfs.Value = step.Done;
            _pdfs.Description = Markup.Escape(step.Finished
                ? Catalogue.In(chinese, "progress.live-pdfs", step.Done, step.Total)
                : Catalogue.In(chinese, "progress.live-pdfs-left", step.Done, step.Total, PrintStep.Clock(step.Left), pdf));
        }
    }

    public void PrintedAll(TimeSpan took)
    {
        Stop();
        _lines.PrintedAll(took);
    }

    public void Published(string folder, TimeSpan sinceStart) => _lines.Published(folder, sinceStart);

    public void Removed(string folder, string data) => _lines.Removed(folder, data);

    public void FrontPage(string page, string folder) => _lines.FrontPage(page, folder);

    public void Dispose() => Stop();

    private void Start(int pdfs)
    {
        var started = new TaskCompletionSource<ProgressTask>(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var display = console.Progress()
            // The last state of the bar stays on screen, above the lines that follow it.
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                // Nothing about the time left until a PDF is done: there is no pace to go by.
                started.SetResult(context.AddTask(Markup.Escape(Catalogue.In(chinese, "progress.live-pdfs", 0, pdfs)), maxValue: pdfs));
                await finish.Task;
            });
        // A display that fails to start has thrown before it added its task: that failure is the one to see.
        Task.WaitAny(started.Task, display);
        if (!started.Task.IsCompleted)
        {
            display.GetAwaiter().GetResult();
        }

        lock (_lock)
        {
            (_finish, _display, _pdfs) = (finish, display, started.Task.Result);
        }

        // Ctrl+C, a kill or a closed terminal end the tool without unwinding: the bar ends first, so
        // that the cursor is shown again and the shell's prompt starts on a line of its own.
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, _ => EndDisplay()));
        }
    }

    private void Stop()
    {
        EndDisplay();
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        _signals.Clear();
    }

    /// <summary>Ends the bar, once, from whichever comes first: the end of the printing, a failure, a signal.</summary>
    private void EndDisplay()
    {
        Task? display;
        lock (_lock)
        {
            _finish?.TrySetResult();
            (display, _display, _finish, _pdfs) = (_display, null, null, null);
        }

        if (display is null)
        {
            return;
        }

        // Bounded: a terminal that no longer reads must not hold the tool's exit.
        display.Wait(TimeSpan.FromSeconds(2));
    }
}
