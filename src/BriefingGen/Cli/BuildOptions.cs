using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Cli;

/// <summary>What a build makes and where: the output folder, the editions, and PDF and/or HTML.</summary>
internal sealed record BuildOptions(string OutputRoot, IReadOnlyList<Edition> Editions, bool Pdf, bool Html)
{
    public PrinterOptions Printer { get; init; } = PrinterOptions.Default;

    /// <summary>Whether each print edition also gets its press file (&lt;id&gt;.&lt;edition&gt;.press.pdf, DeviceCMYK).</summary>
    public bool Press { get; init; }

    /// <summary>
    /// Whether every briefing is made again, even one whose outputs were made from the same inputs
    /// (--force; watch, which rebuilds only what a change touched).
    /// </summary>
    public bool Force { get; init; }

    /// <summary>
    /// Whether the build is of every briefing in the data folder (build with none named, not a shard):
    /// then a briefing output whose briefing is no longer there is removed from the output folder.
    /// </summary>
    public bool RemoveGone { get; init; }

    /// <summary>Whether out/index.html is written too; watch's PDF pass leaves it to the HTML pass.</summary>
    public bool FrontPage { get; init; } = true;
}
