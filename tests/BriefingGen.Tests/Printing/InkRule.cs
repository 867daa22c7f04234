namespace BriefingGen.Tests.Printing;

/// <summary>A rule on a page: its top and left in mm from the top and left edges, its thickness and width in mm.</summary>
internal sealed record InkRule(double Top, double Thickness, double Left, double Width)
{
    public double Bottom => Top + Thickness;
}
