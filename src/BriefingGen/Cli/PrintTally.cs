namespace BriefingGen.Cli;

/// <summary>
/// How far the printing is: PDFs done of all, the time since it began and the time left at the pace
/// so far (elapsed / done × remaining). Not thread-safe: its callers already hold a lock to keep their lines in order.
/// </summary>
internal sealed class PrintTally(TimeProvider clock)
{
    private long _started;
    private int _total;
    private int _done;

    public void Start(int total)
    {
        _total = total;
        _done = 0;
        _started = clock.GetTimestamp();
    }

    /// <summary>One more PDF done: where the printing stands now.</summary>
    public PrintStep Done()
    {
        _done++;
        var elapsed = clock.GetElapsedTime(_started);
        return new PrintStep(_done, _total, elapsed, TimeSpan.FromTicks(elapsed.Ticks * (_total - _done) / _done));
    }
}
