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

    /// <summary>
    /// The lines between "#&gt;office" and "#&lt;office" give the office's keys (series, office,
    /// classification, distribution). Beside an office.yaml they are left out, so that the briefing
    /// takes them from it, and a later change to office.yaml reaches it too; without one they stay.
    /// </summary>
    private static string OfficeKeys(string text, bool officeBeside)
    {
        var lines = new List<string>();
        var inBlock = false;
        var told = false;
        foreach (var line in text.Split('\n'))
        {
            var marker = line.TrimStart();
            if (marker.StartsWith("#>office", StringComparison.Ordinal))
            {
                inBlock = true;
                if (officeBeside && !told)
                {
                    lines.Add("  # The series, office, classification and distribution are the office's, from ../office.yaml:");
                    lines.Add("  # write one of those keys here to give this briefing its own.");
                    told = true;
                }

                continue;
            }

            if (marker.StartsWith("#<office", StringComparison.Ordinal))
            {
                inBlock = false;
                continue;
            }

            if (!(inBlock && officeBeside))
            {
                lines.Add(line);
            }
        }

        return string.Join('\n', lines);
    }

    private static void Write(string folder, DateOnly today)
    {
        Directory.CreateDirectory(folder);
        foreach (var name in Files)
        {
            using var stream = typeof(BriefingScaffold).Assembly.GetManifestResourceStream("scaffold/" + name)
                ?? throw new InvalidOperationException($"The scaffold file {name} is missing from the build.");
            using var reader = new StreamReader(stream);
            var text = OfficeKeys(reader.ReadToEnd(), File.Exists(Loading.OfficeReader.PathFor(folder)))
                .Replace("%DATE%", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("%YEAR%", today.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }
}
