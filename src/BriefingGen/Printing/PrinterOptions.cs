namespace BriefingGen.Printing;

/// <summary>Which browser prints, and how long a start or a print may take before it counts as hung.</summary>
internal sealed record PrinterOptions(string? Browser, TimeSpan Timeout)
{
    public static readonly PrinterOptions Default = new(null, TimeSpan.FromSeconds(60));

    /// <summary>
    /// How many times slower each tab's renderer runs (Chromium's CPU throttling). Only tests set it:
    /// it makes a print as late and as starved as on a loaded machine, every time, not by luck.
    /// </summary>
    public decimal Slowdown { get; init; } = 1;

    /// <summary>How many tabs print at once, reused from PDF to PDF: about the machine's cores (two at least).</summary>
    public int Tabs { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// How many documents a tab prints before a fresh tab replaces it: its renderer grows with each
    /// (ChromiumPrinter.ReturnAsync), and a fresh one costs the reading of the fonts again.
    /// </summary>
    public int DocumentsPerTab { get; init; } = 6;

    /// <summary>The fontconfig file that adds the office's fonts folder (see LocalFonts), or null for the machine's own.</summary>
    public string? Fontconfig { get; init; }
}
