using System.Globalization;
using UglyToad.PdfPig.Content;

namespace BriefingGen.Finishing;

/// <summary>
/// One line of text on a page as the preflight reads it: its visible letters in order, the size and
/// font most of them are set in, its baseline, its advance box (where the layout placed it) and its
/// ink box (where the glyphs' outlines are).
/// </summary>
internal sealed class TextLine
{
    public TextLine(int page, IReadOnlyList<Letter> letters)
    {
        Page = page;
        Letters = letters;
        var dominant = letters
            .GroupBy(l => Math.Round(l.PointSize, 1))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First();
        Size = dominant.Key;
        var baselines = dominant.Select(l => l.StartBaseLine.Y).Order().ToList();
        Baseline = baselines[baselines.Count / 2];
        Font = dominant.GroupBy(l => l.FontName ?? "").OrderByDescending(g => g.Count()).First().Key;
        Left = letters[0].StartBaseLine.X;
        Right = letters[^1].EndBaseLine.X;
        InkTop = letters.Max(l => l.BoundingBox.Top);
        InkBottom = letters.Min(l => l.BoundingBox.Bottom);
        InkLeft = letters.Min(l => l.BoundingBox.Left);
        InkRight = letters.Max(l => l.BoundingBox.Right);
        // Spaces are positioning, not letters, in these PDFs: a gap of a fifth of the size reads as one.
        Text = string.Concat(letters.Select((l, i) => i > 0 && l.StartBaseLine.X - letters[i - 1].EndBaseLine.X > 0.2 * l.PointSize ? " " + l.Value : l.Value));
    }

    public int Page { get; }

    /// <summary>The visible letters, in the order the page draws them.</summary>
    public IReadOnlyList<Letter> Letters { get; }

    /// <summary>The point size most letters have (a footnote mark's smaller size does not change it).</summary>
    public double Size { get; }

    /// <summary>The baseline of the letters at the line's size, in PDF points from the page's foot.</summary>
    public double Baseline { get; }

    public string Font { get; }

    public double Left { get; }

    public double Right { get; }

    public double Width => Right - Left;

    public double InkTop { get; }

    public double InkBottom { get; }

    public double InkLeft { get; }

    public double InkRight { get; }

    public string Text { get; }

    /// <summary>The line's first characters, to name it in a finding.</summary>
    public string Excerpt(int characters = 12)
    {
        var info = new StringInfo(Text);
        return info.LengthInTextElements <= characters ? Text : info.SubstringByTextElements(0, characters) + "…";
    }

    /// <summary>Set in a heading face: a sans-serif or bold font (黑体 for Chinese headings, the sans for English ones).</summary>
    public bool InHeadingFace => Font.Contains("Sans", StringComparison.Ordinal) || Font.Contains("Bold", StringComparison.Ordinal)
        || Font.Contains("Hei", StringComparison.Ordinal);

    public override string ToString() => $"p{Page} y={Baseline:0.0} x={Left:0.0}–{Right:0.0} {Size}pt {Text}";
}
