using System.Runtime.CompilerServices;

namespace BriefingGen.Tests;

/// <summary>
/// Marks every process this test run starts (the tool's, and the browsers the tool starts) with an
/// environment variable, so that the run's own browsers can be told from other people's Chromium.
/// </summary>
internal static class SuiteBrowsers
{
    public const string Variable = "BRIEFINGGEN_TEST_RUN";

    public static string Marker { get; } = Guid.NewGuid().ToString("N");

    [ModuleInitializer]
    internal static void Mark() => Environment.SetEnvironmentVariable(Variable, Marker);

    /// <summary>The browser processes alive whose environment holds <paramref name="variable"/>=<paramref name="value"/>.</summary>
    public static List<(int Pid, string Command)> Alive(string variable = Variable, string? value = null)
    {
        var wanted = $"{variable}={value ?? Marker}";
        var found = new List<(int, string)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(folder, "environ")).Split('\0');
                var command = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (environment.Contains(wanted) && command.Contains("chrom", StringComparison.Ordinal))
                {
                    found.Add((pid, command));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was read.
            }
        }

        return found;
    }

    /// <summary>Waits up to <paramref name="patience"/> for them to end; returns those still alive.</summary>
    public static async Task<List<(int Pid, string Command)>> AfterAsync(TimeSpan patience, string variable = Variable, string? value = null)
    {
        var until = DateTime.UtcNow + patience;
        var alive = Alive(variable, value);
        while (alive.Count > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            alive = Alive(variable, value);
        }

        return alive;
    }
}
