using BriefingGen.Printing;
using BriefingGen.Tests.Printing;
using PuppeteerSharp;

namespace BriefingGen.Tests.Site;

/// <summary>
/// The Jinan briefing built into a temporary folder, as the CLI builds it, and one headless Chromium
/// to read its pages the way a reader's browser does.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The front page and the briefing page, relative to the output folder.</summary>
    public const string FrontPage = "index.html";

    public const string BriefingPage = BriefingId + "/index.html";

    /// <summary>The briefing the site is built from, which JinanBuild builds.</summary>
    public const string BriefingId = "jinan-digital-city";

    private readonly JinanBuild _build = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("briefinggen-site-chromium-").FullName;
    private IBrowser? _browser;

    public string OutputRoot => _build.OutputRoot;

    /// <summary>The page of the briefing's series, out/series/&lt;slug&gt;.html, named from the series the data gives.</summary>
    public static string SeriesPage
    {
        get
        {
            var series = DataViews.Load(BriefingId).Briefing.Series;
            return $"series/{BriefingGen.Localization.SeriesSlugs.For([(series.Zh, series.En)])[(series.Zh, series.En)]}.html";
        }
    }

    public static TheoryData<string> Pages => new() { FrontPage, BriefingPage, SeriesPage };

    public string PathOf(string page) => Path.Combine(OutputRoot, page);

    public async Task InitializeAsync()
    {
        await _build.InitializeAsync();
        _browser = await ReaderBrowser.LaunchAsync(_profile);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        Directory.Delete(_profile, recursive: true);
        await _build.DisposeAsync();
    }

    /// <summary>
    /// Opens <paramref name="page"/> in a new tab at the given width, recording every request, console
    /// error and failed load from the first byte, and waits until its fonts are loaded.
    /// </summary>
    public async Task<OpenedPage> OpenAsync(string page, int width = 1280, bool javaScript = true)
    {
        var tab = await (_browser ?? throw new InvalidOperationException("The browser has not started.")).NewPageAsync();
        // With scripts off the page runs none of its own; the test's evaluations still run, over DevTools.
        await tab.SetJavaScriptEnabledAsync(javaScript);
        var opened = new OpenedPage(tab, OutputRoot);
        await opened.StartRecordingAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        // A fragment (#en) is the URL's, not the file's: it is added after the path is made a URL.
        var (file, fragment) = page.IndexOf('#', StringComparison.Ordinal) is var at and >= 0 ? (page[..at], page[at..]) : (page, "");
        await tab.GoToAsync(new Uri(PathOf(file)).AbsoluteUri + fragment, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
        await opened.SettleAsync();
        return opened;
    }
}
