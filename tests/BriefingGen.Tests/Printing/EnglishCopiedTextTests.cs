using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Localization;
using UglyToad.PdfPig.Content;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// The English text a reader copies from the printed editions of every briefing under data/, as PdfPig
/// and poppler's pdftotext read it: the words of the data whole, with no soft hyphen, word joiner or
/// space that the page does not show, while a word broken at a line's end still shows its hyphen.
/// </summary>
public sealed partial class EnglishCopiedTextTests(DataBuild build) : IClassFixture<DataBuild>
{
    [Theory]
    [MemberData(nameof(DataBuild.EnglishEditions), MemberType = typeof(DataBuild))]
    public void Every_word_of_the_english_prose_is_read_whole_from_the_pdf(string id, string edition)
    {
        var pdf = TaggedPdf.Read(build.Pdf(id, edition));
        var page = IntranetWords(id);
        var paragraphs = pdf.Elements
            .Where(e => (Blocks.Contains(e.Type) || e.Content.Count > 0) && !HasAncestor(e, Blocks))
            .Select(block => Joined(TextLine.Of(EnglishLetters(block)).Select(Read).Where(l => !NoteMarks().IsMatch(l)), page))
            .Where(text => text.Length > 0)
            .ToList();
        var read = Counts(paragraphs.SelectMany(Words));

        // The data's English prose, word by word: each occurrence is read whole somewhere in the PDF.
        var (_, view) = DataViews.Load(id);
        // The end block is printed only: its words are the data's too.
        page.UnionWith(view.Distribution is { } d ? Words(DataViews.Plain(string.Join(" ", d.ReportTo.En, d.SendTo.En, d.IssueTo.En, d.Copies.En))) : []);
        // (A word joiner the localizer puts before a note mark is the data's own, not a character of a word.)
        var written = Counts(view.Introduction.Concat(view.Sections.SelectMany(BlocksOf)).Where(b => b.Kind is not ("chart" or "table")).SelectMany(b => Words(Invisible().Replace(DataViews.Plain(b.Text.En), ""))));
        var missing = written
            .Where(w => read.GetValueOrDefault(w.Key) < w.Value)
            .Select(w => $"'{w.Key}': {w.Value} in the data, {read.GetValueOrDefault(w.Key)} read whole")
            .ToList();

        // And nothing is read that the page does not hold as a word: no "in dustry", no "of\0ficial".
        var fragments = paragraphs.SelectMany(Fragments(page, across: true)).Distinct().ToList();
        Assert.True(written.Count > 100, $"{written.Count} words");
        Assert.True(missing.Count == 0 && fragments.Count == 0, string.Join("\n", missing) + "\nread apart: " + string.Join(", ", fragments));
        Assert.DoesNotContain(paragraphs, p => p.Any(c => c is '\u00AD' or '\u2060' or '\u200B' or '\0'));
    }

    [Theory]
    [MemberData(nameof(DataBuild.EnglishEditions), MemberType = typeof(DataBuild))]
    public void Pdftotext_copies_english_words_whole_without_soft_hyphens_or_word_joiners(string id, string edition)
    {
        var path = Path.Combine(build.OutputRoot, id, $"{id}.{edition}.pdf");
        var text = Pdftotext(path);
        var page = IntranetWords(id);

        var invisible = text.Count(c => c is '\u00AD' or '\u2060' or '\u200B' or '\0');

        // pdftotext reads the page as laid out, names and labels of the print among it: a fragment is a
        // piece that is no word and makes one with its neighbour ("in dustry", "ad ded").
        // Only words apart by spaces count: a line's end, where pdftotext may put a table's next cell or
        // the page's foot after a hyphen, is the layout's, not a space put into a word.
        var fragments = Joined(text.Split('\n'), page).Split('\n').SelectMany(Fragments(page, across: false)).Distinct().ToList();
        Assert.True(invisible == 0 && fragments.Count == 0, $"{invisible} invisible characters; copied but not a word of the briefing: " + string.Join(", ", fragments));
    }

    // The elements that hold a block of text: the prose, and the tables' and figures' text the data also holds.
    private static readonly HashSet<string> Blocks = ["P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption", "TD", "TH", "LI", "Lbl", "LBody", "BlockQuote"];

    /// <summary>
    /// Pieces of a word read apart: two neighbours, one of them no word of the briefing, that make one
    /// together ("in dustry", "telecommun|ications"). Across a line's end only where asked.
    /// </summary>
    private static Func<string, IEnumerable<string>> Fragments(HashSet<string> page, bool across) => text =>
        (across ? AnyGap() : Spaced()).Matches(text)
            .Select(m => (First: m.Groups[1].Value.ToLowerInvariant(), Second: m.Groups[2].Value.ToLowerInvariant()))
            .Where(pair => (!page.Contains(pair.First) || !page.Contains(pair.Second)) && page.Contains(pair.First + pair.Second))
            .Select(pair => $"{pair.First} {pair.Second}");

    /// <summary>The letters of a block that are in English: in the bilingual edition a block may hold both languages.</summary>
    private static IEnumerable<PlacedLetter> EnglishLetters(TagNode node) =>
        (node.EffectiveLang is { } lang && lang.StartsWith("en", StringComparison.Ordinal) ? node.Content : [])
            .Concat(node.Children.SelectMany(EnglishLetters));

    private static bool HasAncestor(TagNode node, HashSet<string> types) =>
        node.Parent is { } parent && (types.Contains(parent.Type) || HasAncestor(parent, types));

    private static IEnumerable<BlockView> BlocksOf(SectionView section) => section.Blocks.Concat(section.Subsections.SelectMany(BlocksOf));

    /// <summary>The words of the intranet page, which is never hyphenated: the words a reader may copy.</summary>
    private HashSet<string> IntranetWords(string id) =>
        Words(WebUtility.HtmlDecode(Tag().Replace(File.ReadAllText(Path.Combine(build.OutputRoot, id, "index.html")), " "))).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A line's text as PdfPig reads it, with a space where the line has a gap and no space glyph (between
    /// a name and a role set apart): a word is never glued to the next, nor a space read where none is.
    /// </summary>
    private static string Read(TextLine line)
    {
        var text = new System.Text.StringBuilder();
        Letter? last = null;
        foreach (var letter in line.Letters)
        {
            if (last is not null && !string.IsNullOrWhiteSpace(letter.Value) && !string.IsNullOrWhiteSpace(last.Value)
                && letter.StartBaseLine.X - last.EndBaseLine.X > letter.PointSize / 5)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            last = letter;
        }

        return text.ToString();
    }

    /// <summary>
    /// Lines joined as a reader rejoins them: a word broken at a line's end by its hyphen is one word
    /// when the intranet page has it whole and not as a compound with a hyphen.
    /// </summary>
    private static string Joined(IEnumerable<string> lines, HashSet<string> page)
    {
        var text = "";
        foreach (var line in lines)
        {
            var head = LastWord().Match(text);
            var tail = FirstWord().Match(line);
            if (head.Success && tail.Success && page.Contains((head.Groups[1].Value + tail.Value).ToLowerInvariant()))
            {
                text = text[..^1] + line;
            }
            else
            {
                text += (text.Length == 0 ? "" : "\n") + line;
            }
        }

        return text;
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    private static Dictionary<string, int> Counts(IEnumerable<string> words) =>
        words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Pdftotext(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }

    // A word: letters, and the characters that would break one if they were read into it.
    [GeneratedRegex(@"[A-Za-z\u00AD\u2060\u200B\0]+")]
    private static partial Regex Word();

    // A tag parts what it stands between: "Qian</span> <span>Member" is two words.
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\u00AD\u2060\u200B]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"(?<![A-Za-z])([A-Za-z]+) +(?=([A-Za-z]+))")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"(?<![A-Za-z])([A-Za-z]+)\s+(?=([A-Za-z]+))")]
    private static partial Regex AnyGap();

    // A raised note mark ([2]) is read as a line of its own, inside the line it marks.
    [GeneratedRegex(@"^\s*(\[\d+\]\s*)+$")]
    private static partial Regex NoteMarks();

    [GeneratedRegex(@"([A-Za-z]+)-$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^[a-z]+")]
    private static partial Regex FirstWord();
}
