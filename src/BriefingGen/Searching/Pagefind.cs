using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using BriefingGen.Diagnostics;

namespace BriefingGen.Searching;

/// <summary>
/// Pagefind's indexer, the binary that npm ci installs for this machine (node_modules/@pagefind/&lt;os&gt;-&lt;cpu&gt;,
/// pinned by package-lock.json), run on a folder of pages to write a search bundle.
/// </summary>
internal sealed class Pagefind(string binary)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The binary's path.</summary>
    public string Binary { get; } = binary;

    /// <summary>
    /// The extended build, which is the one that segments Chinese into words: the plain build indexes a
    /// run of Han characters as one word, so 数字化 would never be found inside 数字化转型.
    /// </summary>
    public static Pagefind Installed(string repository) =>
        new(Path.Combine(repository, "node_modules", "@pagefind", Platform(), "bin", "pagefind_extended"));

    /// <summary>npm's name of this machine's platform package: linux-x64, linux-arm64, darwin-arm64, …</summary>
    private static string Platform()
    {
        var os = OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var cpu = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{cpu}";
    }

    /// <summary>
    /// Indexes the pages under <paramref name="site"/> that <paramref name="glob"/> matches into
    /// <paramref name="output"/>; a binary missing or failing is a diagnostic of the machine (exit 3).
    /// </summary>
    public void Index(string site, string glob, string output)
    {
        if (!File.Exists(Binary))
        {
            throw new BuildFailedException(Errors.SearchIndexerMissing(Binary));
        }

        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = site,
            // Its panics would otherwise end in a Rust backtrace, which is no message for staff.
            Environment = { ["RUST_BACKTRACE"] = "0" },
        };
        // Result URLs keep index.html, as the front page's own links do: a server without directory indexes serves them too.
        foreach (var argument in new[] { "--site", site, "--glob", glob, "--output-path", output, "--keep-index-url", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new BuildFailedException(Errors.SearchIndexerMissing(Binary));
            var said = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new BuildFailedException(Errors.SearchIndexerFailed(Binary, $"no answer in {Limit.TotalSeconds:0} s"));
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new BuildFailedException(Errors.SearchIndexerFailed(Binary, Said(errors.Result + "\n" + said.Result, process.ExitCode)));
            }
        }
        catch (Win32Exception e)
        {
            // There, but not a program this machine can run (no execute bit, another platform's build).
            throw new BuildFailedException(Errors.SearchIndexerFailed(Binary, e.Message));
        }
    }

    /// <summary>What Pagefind said, once a line and without the backtrace note of a panic.</summary>
    private static string Said(string output, int exitCode)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(line => !line.StartsWith("stack backtrace:", StringComparison.Ordinal))
            .Where(line => !line.StartsWith("note:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return lines.Count == 0 ? $"exit code {exitCode}" : string.Join(" ", lines);
    }
}
