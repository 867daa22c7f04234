using BriefingGen.Diagnostics;

namespace BriefingGen.Printing;

/// <summary>Finds Chromium: BRIEFING_CHROMIUM if set, else Debian's and other usual paths.</summary>
internal static class BrowserLocator
{
    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
    ];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("BRIEFING_CHROMIUM");
        var candidates = string.IsNullOrEmpty(configured) ? Candidates : [configured];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new BuildFailedException(Errors.BrowserMissing(string.Join(", ", candidates)));
    }
}
