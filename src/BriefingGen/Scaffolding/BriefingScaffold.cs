using System.Globalization;

namespace BriefingGen.Scaffolding;

/// <summary>
/// Writes a new briefing folder from the examples built into the tool: every file, every entity
/// in both languages, commented, with schema references and today's date.
/// </summary>
internal static class BriefingScaffold
{
    public static readonly string[] Files = ["briefing.yaml", "people.yaml", "sources.yaml", "facts.yaml", "quotes.yaml", "sections.yaml"];

    public static bool IsValidId(string id) => Model.Ids.IsBriefingId(id);

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
}
