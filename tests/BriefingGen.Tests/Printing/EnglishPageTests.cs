using System.Text.RegularExpressions;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// The English edition of every briefing under data/, measured on its PDF: the body's measure,
/// hyphenated line ends that copy without soft hyphens, and pages that run to the foot.
/// </summary>
public sealed partial class EnglishPageTests(DataBuild build) : IClassFixture<DataBuild>
{
    public static TheoryData<string> Briefings() => new(DataBuild.Ids);

    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_body_is_set_at_65_to_75_characters_a_line(string id)
    {
        var lines = BodyLines(TaggedPdf.Read(build.Pdf(id, "en")));

        // A paragraph's last line is as long as the text makes it; every other line is the measure.
        var full = lines.SelectMany(paragraph => paragraph.Take(paragraph.Count - 1)).Select(Characters).ToList();
        Assert.True(full.Count > 20, $"{full.Count} full lines");
        Assert.InRange(full.Average(), 65, 75);
    }

    [Theory]
    [MemberData(nameof(DataBuild.EnglishEditions), MemberType = typeof(DataBuild))]
    public void English_lines_end_in_hyphenated_words_and_no_soft_hyphen_is_read_as_a_character(string id, string edition)
    {
        var pdf = TaggedPdf.Read(build.Pdf(id, edition));
        var paragraphs = pdf.Elements.Where(e => e.Type == "P" && e.EffectiveLang == "en")
            .Select(p => TextLine.Of(p.AllLetters(spaces: true)))
            .ToList();

        // A word broken at a line's end: a hyphen after letters, the next line going on in lower case, and
        // the intranet page (never hyphenated) holding the word whole, not as a compound with a hyphen.
        var page = File.ReadAllText(Path.Combine(build.OutputRoot, id, "index.html"));
        var broken = paragraphs
            .SelectMany(lines => lines.Zip(lines.Skip(1)))
            .Select(pair => (Head: LastWord().Match(pair.First.Text.TrimEnd()), Tail: FirstWord().Match(pair.Second.Text.TrimStart())))
            .Where(x => x.Head.Success && x.Tail.Success)
            .Select(x => (Whole: x.Head.Groups[1].Value + x.Tail.Value, Compound: x.Head.Value + x.Tail.Value))
            .Where(x => page.Contains(x.Whole, StringComparison.Ordinal) && !page.Contains(x.Compound, StringComparison.Ordinal))
            .ToList();
        Assert.True(broken.Count > 0, "no line ends in a hyphenated word");

        // What a reader copies is the text PdfPig reads: no soft hyphen may be left in it.
        var text = string.Concat(BriefingGen.Printing.PdfInspector.Inspect(build.Pdf(id, edition)).Pages.Select(p => p.Text));
        Assert.DoesNotContain('\u00AD', text);
    }

    // A figure or a table kept whole that does not fit floats to the next page's top, and the text
    // after it fills the gap (print-en.css): no page ends short but before an annex or at the end.
    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_page_ends_short_except_before_an_annex_or_at_the_end(string id)
    {
        var pdf = TaggedPdf.Read(build.Pdf(id, "en"));
        var lines = TextLine.Of(pdf.Root.AllLetters());
        var bottoms = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Min(l => l.Bottom));
        var pitch = BodyPitch(pdf);
        var foot = bottoms.Values.Min();

        // An annex (key figures, sources) starts a page of its own: a heading followed by a table or a list.
        var annexStarts = pdf.Elements
            .Where(e => e.Type == "H" || (e.Type.StartsWith('H') && e.Type.Length == 2))
            .Where(h => h.Parent is { } parent && parent.Children.IndexOf(h) is var i && i + 1 < parent.Children.Count
                && parent.Children[i + 1].Type is "Table" or "L")
            .Select(h => h.Pages()[0])
            .ToHashSet();
        var shortPages = bottoms
            .Where(page => page.Key < pdf.PageCount && !annexStarts.Contains(page.Key + 1))
            .Where(page => page.Value - foot > 3 * pitch)
            .Select(page => $"p.{page.Key}: {(page.Value - foot) / 72 * 25.4:0.0} mm short")
            .ToList();
        Assert.True(shortPages.Count == 0, string.Join("\n", shortPages));
    }

    /// <summary>The lines of each body paragraph (three lines or more, at the body's size, outside quotes, tables and cards).</summary>
    private static List<List<TextLine>> BodyLines(TaggedPdf pdf)
    {
        var paragraphs = pdf.Elements
            .Where(e => e.Type == "P" && !HasAncestor(e, "BlockQuote", "Table", "Figure"))
            .Select(p => TextLine.Of(p.AllLetters(spaces: true)))
            .Where(lines => lines.Count >= 3)
            .ToList();
        Assert.NotEmpty(paragraphs);
        var size = paragraphs.SelectMany(p => p).GroupBy(l => Math.Round(l.FontSize, 1)).MaxBy(g => g.Count())!.Key;
        return paragraphs
            .Select(lines => lines.Where(l => Math.Abs(l.FontSize - size) < 0.1).ToList())
            .Where(lines => lines.Count >= 3)
            .ToList();
    }

    private static double BodyPitch(TaggedPdf pdf) =>
        BodyLines(pdf).SelectMany(lines => lines.Zip(lines.Skip(1)))
            .Where(pair => pair.First.Page == pair.Second.Page)
            .Select(pair => pair.First.Baseline - pair.Second.Baseline)
            .Order().ToList() is var pitches ? pitches[pitches.Count / 2] : 0;

    // Letters and the spaces between words, as a reader counts a line's characters.
    private static int Characters(TextLine line) =>
        line.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) + line.WordGaps().Count();

    private static bool HasAncestor(TagNode node, params string[] types) =>
        node.Parent is { } parent && (types.Contains(parent.Type) || HasAncestor(parent, types));

    [GeneratedRegex(@"([A-Za-z]+)-$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^[a-z]+")]
    private static partial Regex FirstWord();
}
