using System.Text.RegularExpressions;
using BriefingGen.Finishing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// The text rules of issue 12 measured on the Chinese and bilingual PDFs of every briefing under
/// data/: justified lines stretched at most 5 %, adjacent full-width punctuation compressed alike,
/// ranges set with a dash, no heading ending in a single character.
/// </summary>
public sealed partial class ChineseTextSettingTests(DataBuild build) : IClassFixture<DataBuild>
{
    // Full-width punctuation with a blank half that clreq lets a neighbour take: opening marks blank
    // on the left, closing marks and the stops (set in a corner in Simplified Chinese) on the right.
    // ？ and ！ are centred in Simplified Chinese faces: they have no blank half to give.
    private const string Opening = "（〔［｛《〈「『【“‘";

    private const string Closing = "）〕］｝》〉」』】”’、，。；：";

    // A line that a figure with its comma (65.9%，) missed by a fraction of an em is squeezed to take
    // it back (挤进, Printing/LooseLines.cs) rather than stretched.
    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void No_justified_line_is_stretched_more_than_5_percent(string id, string edition)
    {
        var report = Preflight.Run(build.Pdf(id, edition));

        var stretched = report.Findings.Where(f => f.Check == PreflightCheck.Stretch).ToList();
        Assert.True(stretched.Count == 0, string.Join("; ", stretched.Select(f => $"page {f.Page}: {f.Text.En}")));
    }

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void No_heading_ends_in_a_single_character(string id, string edition)
    {
        var report = Preflight.Run(build.Pdf(id, edition));

        var single = report.Findings.Where(f => f.Check == PreflightCheck.HeadingSingleCharacter).ToList();
        Assert.True(single.Count == 0, string.Join("; ", single.Select(f => $"page {f.Page}: {f.Text.En}")));
    }

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void Adjacent_full_width_punctuation_is_compressed_alike(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));

        var pairs = new List<(int Page, string Pair, double Advance)>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var line in InkGeometry.Lines(page))
            {
                var letters = line.Letters.OrderBy(l => l.StartBaseLine.X).ToList();
                var justified = JustificationGap(letters);
                for (var i = 1; i < letters.Count; i++)
                {
                    // Side by side: nothing between them (a typed space, a note mark raised off the line)
                    // beyond what justification adds.
                    var between = ((letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X) / letters[i].PointSize) - justified;
                    if (IsPair(letters[i - 1], letters[i]) && between < 0.15)
                    {
                        var advance = (letters[i].StartBaseLine.X - letters[i - 1].StartBaseLine.X) / letters[i - 1].PointSize;
                        pairs.Add((page.Number, letters[i - 1].Value + letters[i].Value, advance - justified));
                    }
                }
            }
        }

        Assert.NotEmpty(pairs);
        // Compressed, the first of the pair advances half an em (its blank half, or its neighbour's, taken away).
        var loose = pairs.Where(p => p.Advance > 0.75).ToList();
        Assert.True(loose.Count == 0, $"{loose.Count} of {pairs.Count} adjacent pairs not compressed: " + string.Join("; ", loose.Take(20).Select(p => $"page {p.Page} {p.Pair} {p.Advance:0.00} em")));
    }

    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void No_range_is_set_with_a_hyphen_between_digits(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));

        var hyphens = pdf.GetPages()
            .SelectMany(page => InkGeometry.Lines(page).Select(line => (page.Number, line.Text)))
            .Where(l => DigitHyphenDigit().IsMatch(l.Text))
            .ToList();
        Assert.True(hyphens.Count == 0, string.Join("; ", hyphens.Select(h => $"page {h.Number}: {h.Text}")));
    }

    /// <summary>A justified line adds the same to every gap: its gap between two Han, in ems.</summary>
    private static double JustificationGap(List<Letter> letters)
    {
        var gaps = Enumerable.Range(1, letters.Count - 1)
            .Where(i => IsHan(letters[i - 1].Value) && IsHan(letters[i].Value) && letters[i - 1].PointSize == letters[i].PointSize)
            .Select(i => (letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X) / letters[i].PointSize)
            .Order()
            .ToList();
        return gaps.Count == 0 ? 0 : Math.Max(0, gaps[gaps.Count / 2]);
    }

    private static bool IsPair(Letter first, Letter second) =>
        first.PointSize == second.PointSize && IsFullWidth(first) && IsFullWidth(second)
        && (Closing.Contains(first.Value, StringComparison.Ordinal) || Opening.Contains(first.Value, StringComparison.Ordinal))
        && (Closing.Contains(second.Value, StringComparison.Ordinal) || Opening.Contains(second.Value, StringComparison.Ordinal))
        // An opening mark before a closing one is not a pair clreq compresses (「」 empty).
        // Every other order leaves a blank half between the two that one of them can give up.
        && !(Opening.Contains(first.Value, StringComparison.Ordinal) && Closing.Contains(second.Value, StringComparison.Ordinal));

    /// <summary>Set full width: its advance in the font is an em (a Latin ” in English text is not).</summary>
    private static bool IsFullWidth(Letter letter) =>
        letter.Value.Length == 1 && (letter.EndBaseLine.X - letter.StartBaseLine.X) / letter.PointSize > 0.9;

    private static bool IsHan(string s) => s.Length == 1 && s[0] is >= '\u4e00' and <= '\u9fff';

    // A range of numbers typed with a hyphen-minus: 2024-2029. An ISO date (2025-01-08) is kept by
    // the tool, but none is printed in running text.
    [GeneratedRegex(@"\d-\d")]
    private static partial Regex DigitHyphenDigit();
}
