using BriefingGen.Rendering.Hyphenation;

namespace BriefingGen.Tests.Rendering.Hyphenation;

/// <summary>Liang's algorithm over the `hyphen` package's British patterns breaks words as the package itself does.</summary>
public sealed class HyphenatorTests
{
    private static readonly Lazy<Hyphenator> Patterns = new(() =>
        Hyphenator.FromPatternFile(Path.Combine(TestPaths.Repository, "node_modules", "hyphen", "patterns", "en-gb.js")));

    // The breaks the package's own hyphenateSync gives for en-gb (its exceptions included: university).
    [Theory]
    [InlineData("hy-phen-a-tion")]
    [InlineData("di-git-al-isa-tion")]
    [InlineData("in-fra-struc-ture")]
    [InlineData("trans-form-a-tion")]
    [InlineData("de-vel-op-ment")]
    [InlineData("man-u-fac-tur-ing")]
    [InlineData("uni-vers-ity")]
    [InlineData("strength-en-ing")]
    [InlineData("mo-mentum")]
    [InlineData("con-sequence")]
    [InlineData("eco-sys-tem")]
    [InlineData("in-dus-tri-al-isa-tion")]
    public void A_word_breaks_where_the_TeX_patterns_allow(string hyphenated)
    {
        var word = hyphenated.Replace("-", "", StringComparison.Ordinal);

        var breaks = Patterns.Value.Breaks(word);

        Assert.Equal(hyphenated, string.Concat(word.Select((c, i) => (breaks.Contains(i) ? "-" : "") + c)));
    }

    [Fact]
    public void No_break_leaves_fewer_than_two_letters_before_it_or_three_after()
    {
        Assert.Empty(Patterns.Value.Breaks("city"));
        Assert.All(Patterns.Value.Breaks("abilities"), i => Assert.InRange(i, 2, "abilities".Length - 3));
    }

    [Fact]
    public void Soft_hyphens_go_into_english_text_only_and_never_into_headings_names_urls_or_entities()
    {
        var html = "<html lang=\"zh-CN\"><head><title>development</title></head><body>"
            + "<p>development</p><p lang=\"en\">infrastructure &amp; development Infrastructure</p>"
            + "<h2 lang=\"en\">development</h2><p lang=\"en\"><span class=\"url\">development</span> https://development.example</p></body></html>";

        var result = new SoftHyphens(Patterns.Value).Apply(html);

        Assert.Equal(
            html.Replace("infrastructure &amp; development", "in\u00ADfra\u00ADstruc\u00ADture &amp; de\u00ADvel\u00ADop\u00ADment", StringComparison.Ordinal),
            result);
    }

    [Fact]
    public void No_soft_hyphen_goes_between_the_letters_of_an_f_ligature()
    {
        // Chromium joins ff, fi and fl across an unbroken soft hyphen into one glyph it cannot map back
        // to letters: PdfPig then reads "e\0ect". The patterns do allow these breaks (ef-fect, of-fi-cial).
        var words = "effect officials offering efficiency shuffle";
        Assert.Contains(words.Split(' '), w => Patterns.Value.Breaks(w).Any(i => w[i - 1] == 'f' && w[i] is 'f' or 'i' or 'l'));

        var result = new SoftHyphens(Patterns.Value).Apply($"<p lang=\"en\">{words}</p>");

        Assert.DoesNotMatch("f\u00AD[fil]", result);
        Assert.Contains('\u00AD', result);
    }
}
