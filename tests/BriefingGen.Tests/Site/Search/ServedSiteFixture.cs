using System.Net;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Rendering;
using BriefingGen.Searching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PuppeteerSharp;

namespace BriefingGen.Tests.Site.Search;

/// <summary>
/// Every briefing under data/ built as the intranet pages (--format html), served over HTTP as an
/// intranet server would (the search fetches its index, which file:// forbids), and one headless
/// Chromium to search it as a reader does.
/// </summary>
public sealed class ServedSiteFixture : IAsyncLifetime
{
    private readonly string _profile = Directory.CreateTempSubdirectory("briefinggen-search-chromium-").FullName;
    private WebApplication? _server;
    private IBrowser? _browser;

    // The site as SharedAssetsTests have it: every briefing under data/, HTML only.
    private readonly HtmlSiteBuild _build = new();

    public string OutputRoot => _build.OutputRoot;

    /// <summary>Where the output folder is served: a folder below the server's root, as an intranet may put it.</summary>
    public Uri Site { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        await _build.InitializeAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(OutputRoot),
            RequestPath = "/briefings",
            ContentTypeProvider = SearchFileTypes.Provider(),
        });
        await _server.StartAsync();
        var bound = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Site = new Uri(new Uri(bound), "/briefings/");

        _browser = await ReaderBrowser.LaunchAsync(_profile);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_profile, recursive: true);
        await _build.DisposeAsync();
    }

    /// <summary>Opens <paramref name="page"/> (relative to the site) at the given width, recording every request from the first byte.</summary>
    public async Task<OpenedPage> OpenAsync(string page, int width = 1280)
    {
        var tab = await (_browser ?? throw new InvalidOperationException("The browser has not started.")).NewPageAsync();
        var opened = new OpenedPage(tab, OutputRoot, Site);
        await opened.StartRecordingAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await tab.GoToAsync(new Uri(Site, page).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Networkidle0] });
        await opened.SettleAsync();
        return opened;
    }
}
