using BriefingGen.Loading;
using BriefingGen.Messages;

namespace BriefingGen.Cli;

/// <summary>
/// The build's progress as plain lines, one a step and one a finished PDF with the time left: for CI
/// logs, pipes and tests, where a live display would be noise.
/// </summary>
internal sealed class PlainBuildProgress(Action<string> write, bool chinese, TimeProvider clock) : IBuildProgress
{
    private readonly PrintTally _tally = new(clock);

    // The PDFs finish on several threads: one at a time, so that the counts come out in order.
    private readonly Lock _lock = new();

    public void Unchanged(string folder) => Say("progress.unchanged", DisplayPaths.For(folder));

    public void Rendered(string briefing, int documents) => Say("progress.rendered", briefing, documents);

    public void Printing(int pdfs, int tabs)
    {
        _tally.Start(pdfs);
        Say("progress.printing", pdfs, tabs);
    }

    public void Printed(string briefing, string pdf)
    {
        lock (_lock)
        {
            var step = _tally.Done();
            var elapsed = PrintStep.Clock(step.Elapsed);
            if (step.Finished)
            {
                Say("progress.pdf-last", step.Done, step.Total, pdf, elapsed);
            }
            else
            {
                Say("progress.pdf", step.Done, step.Total, pdf, elapsed, PrintStep.Clock(step.Left));
            }
        }
    }

    public void PrintedAll(TimeSpan took) => Say("progress.printed", took.TotalSeconds);

    public void Published(string folder, TimeSpan sinceStart) => Say("progress.wrote", DisplayPaths.For(folder), sinceStart.TotalSeconds);

    public void Removed(string folder, string data) => Say("progress.removed", DisplayPaths.For(folder), DisplayPaths.For(data));

    public void FrontPage(string page, string folder) => Say("progress.front-page", DisplayPaths.For(page), DisplayPaths.For(folder));

    public void Dispose()
    {
        // Lines once written need no ending.
    }

    private void Say(string key, params object?[] args) => write(Catalogue.In(chinese, key, args));
}
