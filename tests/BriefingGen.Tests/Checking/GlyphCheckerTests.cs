using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering;
using Xunit;

namespace BriefingGen.Tests.Checking;

public sealed class GlyphCheckerTests
{
    private static string Fonts => Path.Combine(TestPaths.Repository, "node_modules", "@fontsource");

    [Fact]
    public void Every_character_of_the_jinan_briefing_is_covered_by_the_fonts_it_is_set_in()
    {
        var briefing = BriefingLoader.Read(TestPaths.Jinan, new DiagnosticBag());
        FontCatalog.Load(Fonts);
        var coverage = FontCoverage.TryLoad(Fonts, TestPaths.Templates);
        var diagnostics = new DiagnosticBag();
        GlyphChecker.Check(briefing.Texts, coverage!, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.True(briefing.Texts.Sum(t => t.Characters.Count) > 1000, "the briefing's characters were not handed over");
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
}
