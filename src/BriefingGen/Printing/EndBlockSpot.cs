namespace BriefingGen.Printing;

/// <summary>
/// Where the end block (版记) was printed: its page, the top of its first rule and the foot of its
/// last, and the page area's top and foot on that page, in millimetres from the top edge.
/// </summary>
internal sealed record EndBlockSpot(int Page, double Top, double Foot, double AreaTop, double AreaFoot)
{
    public double Height => Foot - Top;
}
