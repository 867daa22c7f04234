namespace BriefingGen.Printing;

/// <summary>Which browser prints, and how long a start or a print may take before it counts as hung.</summary>
internal sealed record PrinterOptions(string? Browser, TimeSpan Timeout)
{
    public static readonly PrinterOptions Default = new(null, TimeSpan.FromSeconds(60));
}
