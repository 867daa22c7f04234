namespace BriefingGen.Finishing;

/// <summary>A PDF as the checks read it: its kind, its pages with their lines, and the size its body text is set in.</summary>
internal sealed record PreflightDocument(EditionKind Kind, string? Language, IReadOnlyList<PreflightPage> Pages, double BodySize)
{
    /// <summary>Points to millimetres: a PDF point is 1/72 inch.</summary>
    public static double Mm(double points) => points * 25.4 / 72;

    public static double Points(double mm) => mm * 72 / 25.4;

    /// <summary>The page's lines without its page number (or running foot), which is not text of the type area.</summary>
    public IReadOnlyList<TextLine> Content(PreflightPage page) =>
        PageNumbers.Find(page, this) is { } number ? page.Lines.Where(l => l != number).ToList() : page.Lines;

    /// <summary>A line of body text: at the body's size, not in a heading face.</summary>
    public bool IsBody(TextLine line) => Math.Abs(line.Size - BodySize) < 0.2 && !line.InHeadingFace;
}
