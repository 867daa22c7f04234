using System.Globalization;

namespace BriefingGen.Printing;

/// <summary>How the end block is moved from where the flow put it: onto the next even page or not, and how far down.</summary>
internal sealed record EndBlockMove(bool ToEvenPage, double DropMillimetres)
{
    public static EndBlockMove None { get; } = new(false, 0);

    /// <summary>
    /// The custom properties the print stylesheet reads (print-zh.css, .end-block). On a page of its
    /// own the block keeps no gap above it, so that its drop alone places it.
    /// </summary>
    public string Css() => ToEvenPage
        ? string.Create(CultureInfo.InvariantCulture, $":root {{ --end-block-break: left; --end-block-gap: 0mm; --end-block-drop: {DropMillimetres:0.###}mm; }}")
        : string.Create(CultureInfo.InvariantCulture, $":root {{ --end-block-drop: {DropMillimetres:0.###}mm; }}");
}
