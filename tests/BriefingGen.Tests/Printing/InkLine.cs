using UglyToad.PdfPig.Content;

namespace BriefingGen.Tests.Printing;

/// <summary>One line of a page: baseline and ink extent in mm, its largest letter in points, its text and letters.</summary>
internal sealed record InkLine(double Baseline, double InkTop, double InkBottom, double Left, double Right, double PointSize, string Text, IReadOnlyList<Letter> Letters)
{
    public double Centre => (Left + Right) / 2;
}
