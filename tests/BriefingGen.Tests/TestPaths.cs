using System.Runtime.CompilerServices;

namespace BriefingGen.Tests;

/// <summary>Paths of the repository and of test fixtures, found from this file's own place.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = Path.GetFullPath(Path.Combine(ThisFolder(), "..", ".."));

    public static string Jinan => Path.Combine(Repository, "data", "jinan-digital-city");

    public static string Templates => Path.Combine(Repository, "templates");

    public static string Data => Path.Combine(Repository, "data");

    /// <summary>The ids of every briefing under data/ (each folder with a briefing.yaml), in order.</summary>
    public static IReadOnlyList<string> DataBriefings =>
        Directory.GetDirectories(Data)
            .Where(f => File.Exists(Path.Combine(f, "briefing.yaml")))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The bad-input corpus's base briefing: clean, with an example of every entity, and the tests' own (not staff's).</summary>
    public static string CorpusBase => Path.Combine(Repository, "tests", "BriefingGen.Tests", "Checking", "Corpus", "Base");

    /// <summary>A fixture folder beside the test that uses it.</summary>
    public static string Fixture(string relative, [CallerFilePath] string caller = "") =>
        Path.Combine(Path.GetDirectoryName(caller)!, "Fixtures", relative);

    private static string ThisFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
