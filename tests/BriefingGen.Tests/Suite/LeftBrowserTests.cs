namespace BriefingGen.Tests.Suite;

/// <summary>After the whole suite: no browser the suite started is still alive.</summary>
[Collection(AfterTheSuite.Name)]
public sealed class LeftBrowserTests
{
    [Fact]
    public async Task No_browser_the_suite_started_outlives_it()
    {
        var alive = await SuiteBrowsers.AfterAsync(TimeSpan.FromSeconds(10));

        Assert.True(alive.Count == 0, "still alive: " + string.Join("; ", alive.Select(p => $"{p.Pid} {p.Command[..Math.Min(120, p.Command.Length)]}")));
    }
}
