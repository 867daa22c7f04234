namespace BriefingGen.Tests.Printing;

/// <summary>
/// The bilingual edition of every briefing under data/, read back from its PDF's tags: a Chinese block
/// and its English on one page, no table row or heading split from what follows, English set in the
/// Latin faces, ragged and at its own leading.
/// </summary>
public sealed class BilingualPageTests(DataBuild build) : IClassFixture<DataBuild>
{
    public static TheoryData<string> Briefings() => new(DataBuild.Ids);

    private TaggedPdf Pdf(string id) => TaggedPdf.Read(build.Pdf(id, "zh-en"));

    [Theory]
    [MemberData(nameof(Briefings))]
    public void A_chinese_block_and_its_english_stay_on_one_page_unless_they_fill_one(string id)
    {
        var pdf = Pdf(id);
        var tops = PageTops(pdf);

        var pairs = Pairs(pdf).ToList();
        Assert.NotEmpty(pairs);
        var split = pairs
            .Where(pair => pair.Zh.Pages()[0] != pair.En.Pages()[^1])
            // A pair that starts a page and still runs over is taller than a page: it must split.
            .Where(pair => TextLine.Of(pair.Zh.AllLetters()) is var lines && lines[0].Baseline < tops[lines[0].Page] - 1)
            .Select(pair => $"p.{pair.Zh.Pages()[0]}–{pair.En.Pages()[^1]}: {Start(pair.Zh)} / {Start(pair.En)}")
            .ToList();
        Assert.True(split.Count == 0, string.Join("\n", split));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_table_row_is_split_across_pages(string id)
    {
        // Header rows are repeated on each page a table runs over: they are not split, but tagged once.
        var rows = Pdf(id).Elements.Where(e => e.Type == "TR" && !IsHeaderRow(e)).ToList();

        Assert.NotEmpty(rows);
        var split = rows.Where(row => row.Pages().Count > 1).Select(row => $"p.{row.Pages()[0]}: {Start(row)}").ToList();
        Assert.True(split.Count == 0, string.Join("\n", split));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_heading_ends_a_page_apart_from_the_block_it_heads(string id)
    {
        var elements = Pdf(id).Elements.ToList();
        var headings = elements.Where(e => e.Type is "H" or "H2" or "H3" or "H4" or "H5" or "H6" && e.AllLetters().Any()).ToList();

        Assert.Contains(headings, h => h.Text().Contains("Sources", StringComparison.Ordinal));
        // What a heading heads is the block (paragraph, list item, row, quote) its first following text is in.
        var stranded = headings
            .Select(h => (Heading: h, Next: elements.Skip(elements.IndexOf(h) + 1).FirstOrDefault(e => !IsWithin(e, h) && e.Content.Any(l => !string.IsNullOrWhiteSpace(l.Letter.Value))
                // A header row is repeated on every page its table runs over: the first row of data counts.
                && !IsHeaderRow(Block(e)))))
            .Select(x => (x.Heading, Next: x.Next is null ? null : Block(x.Next)))
            .Where(x => x.Next is not null && x.Next.Pages().Any(page => page != x.Heading.Pages()[^1]))
            .Select(x => $"p.{x.Heading.Pages()[^1]}: {Start(x.Heading)} / {Start(x.Next!)}")
            .ToList();
        Assert.True(stranded.Count == 0, string.Join("\n", stranded));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void English_runs_are_set_in_the_latin_faces_without_chinese_punctuation(string id)
    {
        var pdf = Pdf(id);
        var all = pdf.Root.AllLetters().ToList();
        // The Chinese faces are the ones that set Han characters; none may set an English letter or mark.
        var chineseFaces = all.Where(l => IsHan(l.Letter.Value)).Select(l => l.Letter.FontName).ToHashSet();
        var english = pdf.Elements.Where(IsEnglish).SelectMany(e => e.AllLetters()).Distinct().ToList();

        Assert.NotEmpty(english);
        var wrong = english
            .Where(l => chineseFaces.Contains(l.Letter.FontName) || IsChinesePunctuation(l.Letter.Value))
            .GroupBy(l => l.Letter.Value)
            .Select(g => $"'{g.Key}' ×{g.Count()} (p.{g.First().Page}, {g.First().Letter.FontName})")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void English_quotations_are_set_ragged_right(string id)
    {
        var paragraphs = Pdf(id).Elements
            .Where(e => e.Type == "BlockQuote" && e.Lang == "en")
            .SelectMany(q => q.Children.Where(c => c.Type == "P"))
            .Select(p => TextLine.Of(p.AllLetters(spaces: true)))
            .Where(lines => lines.Count > 1)
            .ToList();

        Assert.NotEmpty(paragraphs);
        // A last line is never stretched: its word space is the face's own, the measure for the rest.
        var normal = Median(paragraphs.SelectMany(lines => lines[^1].WordGaps().Select(g => g / lines[^1].FontSize)));
        var stretched = paragraphs
            .SelectMany(lines => lines.Take(lines.Count - 1))
            .Where(line => line.WordGaps().Any(g => g / line.FontSize > normal * 1.15))
            .Select(line => $"p.{line.Page}: {line.Text}")
            .ToList();
        Assert.True(stretched.Count == 0, string.Join("\n", stretched));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void English_lines_have_their_own_leading(string id)
    {
        var pitches = Pdf(id).Elements
            .Where(e => IsEnglish(e) && e.Type is "P" or "H1" or "H" or "LI" or "Caption")
            .SelectMany(e => Pitches(TextLine.Of(e.AllLetters(spaces: true))))
            .ToList();

        Assert.NotEmpty(pitches);
        var loose = pitches.Where(p => p.Ratio is < 1.15 or > 1.6).Select(p => $"p.{p.Line.Page} {p.Ratio:0.00}×: {p.Line.Text}").ToList();
        Assert.True(loose.Count == 0, string.Join("\n", loose));
    }

    // The lines at the element's own size: a note mark, raised and smaller, is not a line of its own.
    private static IEnumerable<(TextLine Line, double Ratio)> Pitches(List<TextLine> lines)
    {
        if (lines.Count < 2)
        {
            return [];
        }

        var size = lines.Max(line => line.FontSize);
        var text = lines.Where(line => Math.Abs(line.FontSize - size) < 0.1).ToList();
        return text.Zip(text.Skip(1))
            .Where(pair => pair.First.Page == pair.Second.Page)
            .Select(pair => (pair.Second, (pair.First.Baseline - pair.Second.Baseline) / size));
    }

    /// <summary>Each English block and the Chinese one before it, of the same kind (P and P, BlockQuote and BlockQuote …).</summary>
    internal static IEnumerable<(TagNode Zh, TagNode En)> Pairs(TaggedPdf pdf)
    {
        foreach (var element in pdf.Elements.Where(e => e.Lang == "en" && e.Parent is not null))
        {
            var siblings = element.Parent!.Children;
            var index = siblings.IndexOf(element);
            if (index > 0 && siblings[index - 1] is { } zh && zh.Type == element.Type && zh.EffectiveLang != "en"
                && zh.AllLetters().Any() && element.AllLetters().Any())
            {
                yield return (zh, element);
            }
        }
    }

    /// <summary>The highest baseline of tagged text on each page: where a page's first line sits.</summary>
    private static Dictionary<int, double> PageTops(TaggedPdf pdf) =>
        pdf.Root.AllLetters().GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Max(l => l.Letter.StartBaseLine.Y));

    // Chromium tags a translation with /Lang only where its parent's language differs in the tree it
    // keeps; a block of Latin text without a Han character is English all the same (the title block).
    private static bool IsEnglish(TagNode e) =>
        e.Lang == "en"
        || (e.Type is "P" or "H1" or "H" or "H2" or "H3" or "H4" or "LI" or "Caption" or "TD" or "TH"
            && e.AllLetters().ToList() is var letters
            && letters.Any(l => char.IsAsciiLetter(l.Letter.Value[0])) && !letters.Any(l => IsHan(l.Letter.Value)));

    private static TagNode Block(TagNode node)
    {
        for (var block = node; block is not null; block = block.Parent)
        {
            if (block.Type is "P" or "LI" or "TR" or "BlockQuote" or "Figure" or "Caption")
            {
                return block;
            }
        }

        return node;
    }

    private static bool IsHeaderRow(TagNode row) => row.Type == "TR" && row.Children.All(cell => cell.Type == "TH");

    private static bool IsWithin(TagNode node, TagNode ancestor) =>
        node.Parent is { } parent && (parent == ancestor || IsWithin(parent, ancestor));

    private static string Start(TagNode node) => new(node.Text().Take(24).ToArray());

    private static bool IsHan(string value) => value.Length > 0 && value[0] is >= '\u4E00' and <= '\u9FFF';

    // CJK symbols and punctuation, and the full-width forms (，：（）’ set full width).
    private static bool IsChinesePunctuation(string value) =>
        value.Length > 0 && value[0] is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        Assert.NotEmpty(sorted);
        return sorted[sorted.Count / 2];
    }
}
