using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using BriefingGen.Diagnostics;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// Prints with headless Chromium over CDP. One browser serves a whole run; each document gets its
/// own tab with JavaScript off, and may load only files under the allowed folders.
/// </summary>
internal sealed class ChromiumPrinter : IPdfPrinter
{

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        "--font-render-hinting=none",
    ];

    private readonly IBrowser _browser;
    private readonly BrowserProfile _profile;
    private readonly List<PosixSignalRegistration> _signals = [];
    private volatile bool _ending;
    private readonly IReadOnlyList<string> _allowedFolders;
    private readonly TimeSpan _timeout;
    private readonly decimal _slowdown;
    private readonly ConcurrentQueue<Diagnostic> _problems = new();
    private readonly ConcurrentBag<IPage> _idle = [];
    private readonly ConcurrentDictionary<IPage, string> _documents = new();

    // A small pool of tabs, whatever the number of PDFs: each tab is a renderer of some hundred MB,
    // and a build of many briefings would otherwise open one for every PDF at once.
    private readonly SemaphoreSlim _tabs;

    public int Tabs { get; }

    /// <summary>How many tabs it has opened so far (a tab that failed is closed and replaced).</summary>
    public int TabsOpened => _opened;

    private int _opened;

    private ChromiumPrinter(IBrowser browser, BrowserProfile profile, IReadOnlyList<string> allowedFolders, PrinterOptions options)
    {
        Tabs = options.Tabs;
        _tabs = new SemaphoreSlim(options.Tabs, options.Tabs);
        _timeout = options.Timeout;
        _slowdown = options.Slowdown;
        _browser = browser;
        _profile = profile;
        _allowedFolders = allowedFolders.Select(f => Path.GetFullPath(f).TrimEnd('/') + "/").ToList();
        // Ctrl+C, a kill or a closed terminal: the browser and its profile end before the tool does.
        // This handler does not cancel the signal; where the command does (watch stops cleanly on
        // Ctrl+C), the browser is already gone when the command's own clean-up runs, which is harmless.
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _signals.Add(PosixSignalRegistration.Create(signal, _ => End()));
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public IReadOnlyList<Diagnostic> TakeProblems()
    {
        var taken = new List<Diagnostic>();
        while (_problems.TryDequeue(out var problem))
        {
            taken.Add(problem);
        }

        return taken;
    }

    public static async Task<ChromiumPrinter> LaunchAsync(IReadOnlyList<string> allowedFolders, PrinterOptions options)
    {
        var executable = options.Browser ?? BrowserLocator.Find();
        var profile = BrowserProfile.Create();
        try
        {
            var launch = new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Arguments,
                Timeout = (int)options.Timeout.TotalMilliseconds,
                UserDataDir = profile.Folder,
                // Chromium keeps its singleton socket in the temporary folder; inside the profile,
                // it goes when the profile does.
                Env = { ["TMPDIR"] = profile.Temporary },
                // DevTools over a pipe rather than a port: when the tool dies, however it dies
                // (SIGKILL included), the pipe closes and Chromium exits with it.
                Pipe = true,
            };
            if (options.Fontconfig is not null)
            {
                // The office's fonts folder: the pages name its fonts with local().
                launch.Env["FONTCONFIG_FILE"] = options.Fontconfig;
            }

            var browser = await StartAsync(launch, options.Timeout);
            return new ChromiumPrinter(browser, profile, allowedFolders, options);
        }
        catch (Exception e) when (e is ProcessException or TimeoutException or PuppeteerException)
        {
            profile.Dispose();
            // Over a pipe, the browser's own complaint is not in the exception: ask it directly.
            var probe = BrowserProbe.Ask(executable);
            var detail = probe.Runs || probe.Said.Length == 0 ? e.Message : $"{e.Message}; {probe.Said}";
            throw new BuildFailedException(Errors.BrowserFailed(executable, detail));
        }
    }

    /// <summary>
    /// Starts the browser and connects to it. Over a pipe, a browser that exits at once is noticed
    /// only when its pipe closes, and another process started at the same moment can hold the pipe
    /// open for minutes (seen in the test suite): so its exit is watched, and so is the time.
    /// </summary>
    private static async Task<IBrowser> StartAsync(LaunchOptions launch, TimeSpan timeout)
    {
        var launcher = new Launcher();
        var starting = launcher.LaunchAsync(launch);
        // Given up on, it may still fail later: that failure is already reported.
        _ = starting.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!starting.IsCompleted)
        {
            if (launcher.Process is { HasExited: true })
            {
                throw new ProcessException("it exited as it started");
            }

            if (clock.Elapsed > timeout)
            {
                launcher.Process?.Process.Kill(entireProcessTree: true);
                throw new TimeoutException($"it did not answer within {timeout.TotalSeconds:0} s");
            }

            await Task.WhenAny(starting, Task.Delay(50));
        }

        return await starting;
    }

    public async Task<byte[]> PrintAsync(string htmlPath, CancellationToken cancellation)
    {
        await _tabs.WaitAsync(cancellation);
        try
        {
            return await PrintInTabAsync(htmlPath, cancellation);
        }
        finally
        {
            _tabs.Release();
        }
    }

    private async Task<byte[]> PrintInTabAsync(string htmlPath, CancellationToken cancellation)
    {
        try
        {
            return await PrintOnceAsync(htmlPath, cancellation);
        }
        catch (Exception first) when (IsTimeout(first))
        {
            // A hung print is tried once more in a fresh tab before the build gives up.
            try
            {
                return await PrintOnceAsync(htmlPath, cancellation);
            }
            catch (Exception e) when (IsTimeout(e))
            {
                throw new BuildFailedException(Errors.PrintHung(htmlPath, _timeout, e.Message));
            }
        }
        catch (PuppeteerException e) when (_ending)
        {
            // The tool is being stopped and killed its browser: not a print failure to report.
            throw new OperationCanceledException("stopped", e);
        }
        catch (PuppeteerException e)
        {
            throw new BuildFailedException(Errors.PrintFailed(htmlPath, e.Message));
        }
    }

    /// <summary>
    /// Ends the browser. Its work is done and nothing of its profile is kept, so it is killed rather
    /// than asked to close, which takes Chromium over half a second.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (_browser.Process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _browser.Dispose();
        _profile.Dispose();
        _tabs.Dispose();
    }

    private void OnProcessExit(object? sender, EventArgs e) => End();

    /// <summary>Kills the browser's processes and deletes its profile, at once: the tool is ending.</summary>
    private void End()
    {
        _ending = true;
        try
        {
            if (_browser.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
                // A dying browser still writes into its profile; deleting it before the browser has
                // gone can leave it behind.
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It ended by itself in the meantime.
        }

        _profile.Dispose();
    }

    private async Task<byte[]> PrintOnceAsync(string htmlPath, CancellationToken cancellation)
    {
        var page = await RentAsync();
        _documents[page] = htmlPath;
        var timeout = (int)_timeout.TotalMilliseconds;
        try
        {
            await page.GoToAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri, timeout, [WaitUntilNavigation.Load]).WaitAsync(cancellation);
            var pdf = await Print(page, timeout).WaitAsync(cancellation);
            // Measured after a first print, which waited for the fonts: the blocks' heights depend on them.
            if (await LineGrid.RoundAsync(page, cancellation))
            {
                pdf = await Print(page, timeout).WaitAsync(cancellation);
            }

            // Lines first: a tighter paragraph can move the end block.
            pdf = await LooseLines.TightenAsync(page, pdf, () => Print(page, timeout), cancellation);
            // What tightening a paragraph could not take back, a single line's squeeze may.
            pdf = await LineSqueeze.SqueezeAsync(page, pdf, () => Print(page, timeout), cancellation);
            pdf = await HeadingSpace.ShrinkAsync(page, pdf, () => Print(page, timeout), cancellation);
            pdf = await PlaceEndBlockAsync(page, pdf, timeout, cancellation);
            _idle.Add(page);
            return pdf;
        }
        catch
        {
            // A tab that failed or hung is not trusted again.
            _documents.TryRemove(page, out _);
            await page.CloseAsync();
            throw;
        }
    }

    /// <summary>
    /// A tab set up for printing: JavaScript off, every request checked. Tabs are kept between
    /// prints, so that watch's rebuilds skip starting a renderer for each PDF.
    /// </summary>
    private async Task<IPage> RentAsync()
    {
        if (_idle.TryTake(out var idle))
        {
            return idle;
        }

        Interlocked.Increment(ref _opened);
        var page = await _browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        if (_slowdown > 1)
        {
            await page.EmulateCPUThrottlingAsync(_slowdown);
        }

        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (IsAllowed(e.Request.Url))
            {
                await e.Request.ContinueAsync();
                return;
            }

            _problems.Enqueue(Errors.BlockedRequest(_documents.GetValueOrDefault(page, "page"), e.Request.Url));
            await e.Request.AbortAsync();
        };
        return page;
    }

    /// <summary>
    /// Prints again, with the end block moved, until it sits at the foot of an even last page
    /// (EndBlockPlacement); a document without one is printed once. The move is a style sheet added
    /// through the DevTools CSS domain, which needs no JavaScript in the page.
    /// </summary>
    private static async Task<byte[]> PlaceEndBlockAsync(IPage page, byte[] pdf, int timeout, CancellationToken cancellation)
    {
        var move = EndBlockMove.None;
        string? sheet = null;
        for (var print = 1; print < 4 && EndBlockPlacement.Measure(pdf) is { } spot && EndBlockPlacement.Next(move, spot) is { } next; print++)
        {
            move = next;
            if (sheet is null)
            {
                await page.Client.SendAsync("DOM.enable").WaitAsync(cancellation);
                await page.Client.SendAsync("CSS.enable").WaitAsync(cancellation);
                var created = await page.Client.SendAsync<CreatedStyleSheet>("CSS.createStyleSheet", new { frameId = page.MainFrame.Id }).WaitAsync(cancellation);
                sheet = created.StyleSheetId;
            }

            await page.Client.SendAsync("CSS.setStyleSheetText", new { styleSheetId = sheet, text = move.Css() }).WaitAsync(cancellation);
            pdf = await Print(page, timeout).WaitAsync(cancellation);
        }

        return pdf;
    }

    /// <summary>The answer of CSS.createStyleSheet.</summary>
    private sealed record CreatedStyleSheet(string StyleSheetId);

    private static Task<byte[]> Print(IPage page, int timeout) =>
        page.PdfDataAsync(new PdfOptions
        {
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            // Waits for document.fonts.ready: under load, a face can still be loading at the load
            // event, and its text would print blank or in another face (seen in tests).
            WaitForFonts = true,
            Timeout = timeout,
        });

    /// <summary>PuppeteerSharp reports a hung navigation as a NavigationException, a hung command as a TimeoutException.</summary>
    private static bool IsTimeout(Exception e) =>
        e is TimeoutException || e.InnerException is TimeoutException
        || (e is NavigationException && e.Message.Contains("timeout", StringComparison.OrdinalIgnoreCase));

    private bool IsAllowed(string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal))
        {
            return true;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            return false;
        }

        var path = Path.GetFullPath(uri.LocalPath);
        return _allowedFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal));
    }
}
