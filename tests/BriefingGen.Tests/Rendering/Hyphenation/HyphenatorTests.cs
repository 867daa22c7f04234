using System.Diagnostics;
using System.Text.RegularExpressions;
using BriefingGen.Localization;
using BriefingGen.Rendering.Hyphenation;

namespace BriefingGen.Tests.Rendering.Hyphenation;

/// <summary>Liang's algorithm over the `hyphen` package's British patterns breaks words as the package itself does.</summary>
public sealed class HyphenatorTests
{
    private static readonly Lazy<Hyphenator> Patterns = new(() =>
        Hyphenator.FromPatternFile(Path.Combine(TestPaths.Repository, "node_modules", "hyphen", "patterns", "en-gb.js")));

    // The breaks the package's own hyphenateSync gives for en-gb (its exceptions included: university),
    // as node prints them; the test below asks the package for every word of the data.
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
    public void Every_english_word_of_the_data_breaks_where_the_package_itself_breaks_it_within_TeXs_minimums()
    {
        var words = TestPaths.DataBriefings.Select(DataViews.Load)
            .SelectMany(d => d.View.Introduction.Concat(d.View.Sections.SelectMany(Blocks)).Select(b => b.Text.En)
                .Concat(d.View.Sections.Select(s => s.Heading.En)).Append(d.View.Summary.En))
            .SelectMany(text => Regex.Matches(DataViews.Plain(text), "[a-z]+").Select(m => m.Value))
            .Where(w => w.Length >= 5)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 200, $"{words.Count} words");

        // The package's own hyphenateSync, run by node on the installed package; TeX's English minimums
        // (two letters before a break, three after) are ours, where the package allows two after.
        var theirs = PackageHyphenates(words);
        var different = words.Zip(theirs)
            .Select(pair => (Word: pair.First, Theirs: pair.Second, Ours: Hyphenated(pair.First, Patterns.Value.Breaks(pair.First))))
            .Where(x => x.Ours != Hyphenated(x.Word, Breaks(x.Theirs).Where(i => i >= 2 && i <= x.Word.Length - 3).ToList()))
            .Select(x => $"{x.Word}: package {x.Theirs}, ours {x.Ours}")
            .ToList();
        Assert.True(different.Count == 0, string.Join("\n", different));
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

    private static IEnumerable<BlockView> Blocks(SectionView section) => section.Blocks.Concat(section.Subsections.SelectMany(Blocks));

    private static string Hyphenated(string word, IReadOnlyList<int> breaks) =>
        string.Concat(word.Select((c, i) => (breaks.Contains(i) ? "-" : "") + c));

    private static List<int> Breaks(string hyphenated)
    {
        var breaks = new List<int>();
        var letters = 0;
        foreach (var c in hyphenated)
        {
            if (c == '-')
            {
                breaks.Add(letters);
            }
            else
            {
                letters++;
            }
        }

        return breaks;
    }

    private static List<string> PackageHyphenates(List<string> words)
    {
        var script = "const h = require(process.argv[1]); let input = ''; process.stdin.on('data', d => input += d);"
            + " process.stdin.on('end', () => console.log(input.split('\\n').filter(w => w).map(w => h.hyphenateSync(w, { hyphenChar: '-' })).join('\\n')));";
        var start = new ProcessStartInfo("node", ["-e", script, Path.Combine(TestPaths.Repository, "node_modules", "hyphen", "en-gb")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        using var node = Process.Start(start)!;
        node.StandardInput.Write(string.Join("\n", words));
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        Assert.Equal(0, node.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
