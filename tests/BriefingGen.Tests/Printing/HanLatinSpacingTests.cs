using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// One rule for Han beside Latin letters and digits, as official documents set them: no space
/// (2023年, 第18位), in every edition that sets Chinese, read back from the PDFs' glyph advances.
/// </summary>
public sealed class HanLatinSpacingTests(DataBuild build) : IClassFixture<DataBuild>
{
    [Theory]
    [MemberData(nameof(DataBuild.ChineseEditions), MemberType = typeof(DataBuild))]
    public void No_gap_is_set_between_Han_and_a_Latin_letter_or_digit(string id, string edition)
    {
        using var pdf = PdfDocument.Open(build.Pdf(id, edition));

        var boundaries = new List<(int Page, string Pair, double Gap)>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var line in InkGeometry.Lines(page))
            {
                var letters = line.Letters.OrderBy(l => l.StartBaseLine.X).ToList();
                // A justified line adds the same to every gap: measured against its gaps between two Han.
                var hanGaps = Enumerable.Range(1, letters.Count - 1)
                    .Where(i => IsHan(letters[i - 1].Value) && IsHan(letters[i].Value))
                    .Select(i => Gap(letters[i - 1], letters[i]))
                    .Order()
                    .ToList();
                var justified = hanGaps.Count == 0 ? 0 : Math.Max(0, hanGaps[hanGaps.Count / 2]);
                for (var i = 1; i < letters.Count; i++)
                {
                    if (IsBoundary(letters[i - 1], letters[i]))
                    {
                        boundaries.Add((page.Number, letters[i - 1].Value + letters[i].Value, Gap(letters[i - 1], letters[i]) - justified));
                    }
                }
            }
        }

        // A word space (a quarter em) is typed, not inserted; a gap of more is two blocks side by side
        // (the office and the date). Autospace inserts an eighth of an em.
        boundaries = boundaries.Where(b => b.Gap < 0.2).ToList();
        Assert.NotEmpty(boundaries);
        var spaced = boundaries.Where(b => b.Gap > 0.05).ToList();
        Assert.True(spaced.Count == 0, $"{spaced.Count} of {boundaries.Count} boundaries spaced: " + string.Join("; ", spaced.Take(12).Select(b => $"page {b.Page} {b.Pair} {b.Gap:0.00} em")));
    }

    /// <summary>The gap in ems: where a letter starts against where the one before it ended its advance.</summary>
    private static double Gap(Letter before, Letter after) => (after.StartBaseLine.X - before.EndBaseLine.X) / after.PointSize;

    private static bool IsBoundary(Letter a, Letter b) =>
        a.PointSize == b.PointSize && ((IsHan(a.Value) && IsLatin(b.Value)) || (IsLatin(a.Value) && IsHan(b.Value)));

    private static bool IsHan(string s) => s.Length == 1 && s[0] is >= '\u4e00' and <= '\u9fff';

    private static bool IsLatin(string s) => s.Length == 1 && char.IsAsciiLetterOrDigit(s[0]);
}
