using BriefingGen.Printing;
using PuppeteerSharp;

namespace BriefingGen.Tests.Site;

/// <summary>The headless Chromium the site's tests read pages in, as a reader's browser: the same for every fixture.</summary>
internal static class ReaderBrowser
{
    /// <summary>Starts one with a profile of its own, so that no state of another run (or of the build's printer) leaks in.</summary>
    public static Task<IBrowser> LaunchAsync(string profile) =>
        Puppeteer.LaunchAsync(new LaunchOptions
        {
            // The build's own lookup: /usr/bin/chromium, or BRIEFING_CHROMIUM where it is elsewhere.
            ExecutablePath = BrowserLocator.Find(),
            Headless = true,
            UserDataDir = profile,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
}
