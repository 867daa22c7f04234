using BriefingGen.Model;
using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>The PDF outline (bookmarks) nests as the sections do, in every printed edition.</summary>
public sealed class NestedStructureOutlineTests(NestedStructureBuild build) : IClassFixture<NestedStructureBuild>
{
    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("en", "en")]
    [InlineData("zh-en", "zh")]
    public void Each_section_is_a_bookmark_under_its_parent(string edition, string language)
    {
        Assert.True(build.Failure is null, build.Failure?.Message);
        var outline = PdfInspector.Inspect(build.Pdf(edition)).Outline;
        // The title is the outline's root (h1); a first-level section is one step in from it.
        var rootDepth = Depth(outline[0]);

        var expected = Walk(build.Briefing.Sections, 1).ToList();
        var found = 0;
        foreach (var entry in outline)
        {
            if (found < expected.Count && entry.Contains(expected[found].Heading[language == "zh" ? Language.Zh : Language.En], StringComparison.Ordinal))
            {
                Assert.True(Depth(entry) == rootDepth + expected[found].Level, $"'{entry.Trim()}' is at depth {Depth(entry) - rootDepth}, its section at level {expected[found].Level}:\n{string.Join('\n', outline)}");
                found++;
            }
        }

        Assert.True(found == expected.Count, $"{found} of {expected.Count} sections are in the outline, in order:\n{string.Join('\n', outline)}");
        Assert.Contains(expected, s => s.Level == 4);
    }

    private static int Depth(string entry) => (entry.Length - entry.TrimStart(' ').Length) / 2;

    private static IEnumerable<(LocalizedText Heading, int Level)> Walk(IEnumerable<Section> sections, int level) =>
        sections.SelectMany(s => Walk(s.Subsections, level + 1).Prepend((s.Heading, level)));
}
