using System.ComponentModel;
using System.Diagnostics;

namespace BriefingGen.Printing;

/// <summary>What the browser says when asked for its version: the version, or why it does not run.</summary>
internal sealed record BrowserProbe(bool Runs, string Said)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs '<paramref name="executable"/> --headless --no-sandbox --version'. A browser that does not
    /// start over DevTools tells here, on its own output, what is wrong (a missing library, a crash).
    /// </summary>
    public static BrowserProbe Ask(string executable)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(executable, "--headless --no-sandbox --version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return new BrowserProbe(false, "");
            }

            // Both streams are read at once, so that neither can fill up and stall the other.
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return new BrowserProbe(false, "");
            }

            // A child it left behind can hold the streams open: what they said by then is enough.
            Task.WaitAll([output, errors], TimeSpan.FromSeconds(2));
            var said = string.Join("\n", new[] { errors, output }.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result)).Trim();
            return process.ExitCode == 0
                ? new BrowserProbe(true, output.IsCompletedSuccessfully ? output.Result.Trim() : said)
                : new BrowserProbe(false, said);
        }
        catch (Win32Exception e)
        {
            return new BrowserProbe(false, e.Message);
        }
    }
}
