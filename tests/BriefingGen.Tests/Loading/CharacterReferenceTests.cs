using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using Xunit;

namespace BriefingGen.Tests.Loading;

/// <summary>Character references are checked where Markdown decodes them, and only there.</summary>
public sealed class CharacterReferenceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefinggen-references", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void References_that_are_printed_as_typed_are_not_reported()
    {
        var folder = TestProject.WithBaseData(_root);
        // A name is not Markdown; a code span and a backslash keep a reference as typed.
        Edit(folder, "people.yaml", "en: Li Qi}", "en: Li&#27;Qi&#x202E;}");
        Edit(folder, "sections.yaml", "and the city.\"}", "and the city `&#27;` \\\\&#x202E;.\"}");

        var diagnostics = Check(folder);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code is "BG0014" or "BG0040" or "BG5010" or "BG5011" or "BG2010");
    }

    [Fact]
    public void A_reference_is_printed_as_the_character_the_check_saw()
    {
        var folder = TestProject.WithBaseData(_root);
        Edit(folder, "sections.yaml", "and the city.\"}", "and the city&#x202E;.\"}");
        var diagnostics = new DiagnosticBag();
        var briefing = Assert.Single(BuildPipeline.LoadAll([folder], diagnostics)!);

        var warning = Assert.Single(diagnostics.Items, d => d.Code == "BG5010");
        var view = Localizer.Localize(briefing);

        Assert.Contains("city\u202E.", view.Introduction[0].Text.En, StringComparison.Ordinal);
        Assert.Equal(PlaceOf(Path.Combine(folder, "sections.yaml"), "&#x202E;"), (warning.Location.Line, warning.Location.Column));
    }

    private static (int Line, int Column) PlaceOf(string path, string written)
    {
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains(written, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(written, StringComparison.Ordinal) + 1);
    }

    private static DiagnosticBag Check(string folder)
    {
        var diagnostics = new DiagnosticBag();
        BuildPipeline.LoadAll([folder], diagnostics);
        return diagnostics;
    }

    private static void Edit(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
