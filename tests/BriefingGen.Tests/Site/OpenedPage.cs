using System.Collections.Concurrent;
using PuppeteerSharp;

namespace BriefingGen.Tests.Site;

/// <summary>A tab showing one page of the built site, with what the page asked for and what went wrong while it did.</summary>
public sealed class OpenedPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly string _outputRoot;
    private readonly Uri? _served;

    /// <summary>A page of the output folder, opened from disk; or, when <paramref name="served"/> is given, from that address, where the folder is served.</summary>
    internal OpenedPage(IPage page, string outputRoot, Uri? served = null)
    {
        Page = page;
        _outputRoot = Path.GetFullPath(outputRoot).TrimEnd('/') + "/";
        _served = served;
    }

    public IPage Page { get; }

    /// <summary>Every URL the page requested, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Console errors, uncaught exceptions and failed requests, each as a line to print.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    internal async Task StartRecordingAsync()
    {
        Page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                _problems.Enqueue($"console error: {e.Message.Text} at {e.Message.Location?.URL}");
            }
        };
        Page.PageError += (_, e) => _problems.Enqueue($"uncaught: {e.Message}");
        Page.RequestFailed += (_, e) => _problems.Enqueue($"failed request: {e.Request.Url} ({e.Request.FailureText})");
        await Page.SetRequestInterceptionAsync(true);
        Page.Request += async (_, e) =>
        {
            _requests.Enqueue(e.Request.Url);
            // Nothing leaves the machine while a test runs: a request outside the site is refused
            // (and so also shows as a failed request), as the build's printer refuses it.
            if (IsInsideSite(e.Request.Url))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                await e.Request.AbortAsync();
            }
        };
    }

    /// <summary>A file:// URL of a file under the output folder, or a URL under the address it is served at.</summary>
    public bool IsInsideSite(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (_served is null
            ? uri.IsFile && Path.GetFullPath(uri.LocalPath).StartsWith(_outputRoot, StringComparison.Ordinal)
            : _served.IsBaseOf(uri) && uri.AbsoluteUri.StartsWith(_served.AbsoluteUri, StringComparison.Ordinal));

    /// <summary>Clicks the shown switch's link to <paramref name="state"/> (zh, en or both), as a reader does.</summary>
    public async Task ChooseLanguageAsync(string state)
    {
        // Each view has its own copy of the switch (so that each marks its own link current); only one is shown.
        var link = await Page.EvaluateFunctionHandleAsync(
            "state => [...document.querySelectorAll(`.switch a[href='#${state}']`)].find(a => a.checkVisibility())", state);
        await ((IElementHandle)link).ClickAsync();
        await SettleAsync();
    }

    /// <summary>
    /// Waits for the fonts the page now shows: a face is fetched only when text needs it, so
    /// switching to English can start requests of its own.
    /// </summary>
    internal async Task SettleAsync() => await Page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)");

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
