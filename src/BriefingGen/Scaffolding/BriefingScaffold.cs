using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingGen.Scaffolding;

/// <summary>
/// Writes a new briefing folder from the examples built into the tool: every file, every entity
/// in both languages, commented, with schema references and today's date.
/// </summary>
internal static partial class BriefingScaffold
{
    public static readonly string[] Files = ["briefing.yaml", "people.yaml", "sources.yaml", "facts.yaml", "quotes.yaml", "sections.yaml"];

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Creates &lt;data&gt;/&lt;id&gt;/, or returns the reason it must not: it exists already.</summary>
    public static Diagnostics.Diagnostic? Create(string folder, DateOnly today)
    {
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            return Diagnostics.Errors.BriefingExists(Loading.DisplayPaths.For(folder));
        }

        Write(folder, today);
        return null;
    }

    private static void Write(string folder, DateOnly today)
    {
        Directory.CreateDirectory(folder);
        foreach (var name in Files)
        {
            using var stream = typeof(BriefingScaffold).Assembly.GetManifestResourceStream("scaffold/" + name)
                ?? throw new InvalidOperationException($"The scaffold file {name} is missing from the build.");
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd()
                .Replace("%DATE%", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("%YEAR%", today.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    // The id names the folder and the output files: lower-case letters, digits and hyphens.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
