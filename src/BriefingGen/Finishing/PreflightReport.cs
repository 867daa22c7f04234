namespace BriefingGen.Finishing;

/// <summary>What the preflight measured on one PDF: its kind, its pages, what it found, and the figures.</summary>
internal sealed record PreflightReport(EditionKind Kind, int Pages, IReadOnlyList<PreflightFinding> Findings, IReadOnlyList<PreflightFigure> Figures)
{
    public IEnumerable<PreflightFinding> Errors => Findings.Where(f => f.IsError);

    public IEnumerable<PreflightFinding> Warnings => Findings.Where(f => !f.IsError);
}
