namespace BriefingGen.Tests.Publishing;

/// <summary>Keeps every core busy until disposed: a machine as loaded as a full test run on a shared box.</summary>
internal sealed class BusyMachine : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Thread> _threads;

    public BusyMachine(int threadsPerCore = 2)
    {
        _threads = Enumerable.Range(0, Environment.ProcessorCount * threadsPerCore)
            .Select(_ => new Thread(Spin) { IsBackground = true, Priority = ThreadPriority.Normal })
            .ToList();
        _threads.ForEach(t => t.Start());
    }

    public void Dispose()
    {
        _stop.Cancel();
        _threads.ForEach(t => t.Join());
        _stop.Dispose();
    }

    private void Spin()
    {
        var token = _stop.Token;
        var x = 0UL;
        while (!token.IsCancellationRequested)
        {
            x = (x * 6364136223846793005UL) + 1442695040888963407UL;
        }

        GC.KeepAlive(x);
    }
}
