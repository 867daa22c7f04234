using System.Text.RegularExpressions;
using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;
using Xunit;

namespace BriefingGen.Tests.Checking;

public sealed partial class GlyphCheckerTests
{
    private static string Fonts => Path.Combine(TestPaths.Repository, "node_modules", "@fontsource");

    public static TheoryData<string> DataBriefings() => new(TestPaths.DataBriefings);

    [Theory]
    [MemberData(nameof(DataBriefings))]
    public void Every_character_of_every_briefing_under_data_is_covered_by_the_fonts_it_is_set_in(string id)
    {
        var briefing = BriefingLoader.Read(Path.Combine(TestPaths.Data, id), new DiagnosticBag());
        FontCatalog.Load(Fonts);
        var coverage = FontCoverage.TryLoad(Fonts, TestPaths.Templates);
        var diagnostics = new DiagnosticBag();
        GlyphChecker.Check(briefing.Texts, coverage!, diagnostics);

        Assert.Empty(diagnostics.Items);
        // Every Chinese character the briefing's files hold outside comments is among those handed over: none was checked by being left out.
        var handed = briefing.Texts.SelectMany(t => t.Characters).Select(c => c.CodePoint).ToHashSet();
        var written = Directory.GetFiles(Path.Combine(TestPaths.Data, id), "*.yaml")
            .SelectMany(File.ReadLines)
            .Select(line => Comment().Replace(line, ""))
            .SelectMany(line => line.EnumerateRunes())
            .Where(rune => rune.Value >= 0x4E00 && rune.Value <= 0x9FFF)
            .Select(rune => rune.Value)
            .ToHashSet();
        Assert.NotEmpty(written);
        Assert.Empty(written.Except(handed));
    }

    [Fact]
    public void A_face_without_a_unicode_range_covers_only_what_its_file_has()
    {
        // LXGW WenKai's stylesheet claims every character (no unicode-range); its file has the common Chinese ones.
        var face = Assert.Single(FontCatalog.Load(Fonts).Faces, f => f.Family == "LXGW WenKai");
        Assert.True(face.Covers(0x2A6A5));

        var characters = CharacterSet.FromWoff(Path.ChangeExtension(face.File, ".woff"));

        Assert.True(characters.Contains('说'));
        Assert.False(characters.Contains(0x1F680));
        Assert.False(characters.Contains(0x20000));
    }

    /// <summary>A YAML comment: from a '#' at the start of a line or after a space, to the end of the line.</summary>
    [GeneratedRegex(@"(^|\s)#.*$")]
    private static partial Regex Comment();
}
