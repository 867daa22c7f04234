using BriefingGen.Printing;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>The next move of the end block, from where the last print put it (EndBlockPlacement.Next).</summary>
public sealed class EndBlockPlacementTests
{
    private const double AreaTop = 35;
    private const double AreaFoot = 262;

    private static EndBlockSpot On(int page, double foot, double height = 42) => new(page, foot - height, foot, AreaTop, AreaFoot);

    [Theory]
    [InlineData(0)]
    [InlineData(0.07)]
    [InlineData(0.26)]
    public void A_foot_less_than_a_pixel_above_the_areas_on_an_even_page_is_where_it_belongs(double above)
    {
        var printed = new EndBlockMove(false, 12);

        Assert.Null(EndBlockPlacement.Next(printed, On(8, AreaFoot - above)));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(20)]
    [InlineData(-0.07)]
    public void A_foot_a_pixel_or_more_short_of_the_areas_or_past_it_is_moved_by_the_difference(double above)
    {
        var printed = new EndBlockMove(true, 12);

        var next = EndBlockPlacement.Next(printed, On(8, AreaFoot - above));

        Assert.NotNull(next);
        Assert.True(next.ToEvenPage);
        // Moved by what it missed, aimed a little above the foot: a block that reaches it exactly can overflow into a new page.
        Assert.InRange(next.DropMillimetres - printed.DropMillimetres, above - EndBlockPlacement.Pixel, above);
        Assert.True(next.DropMillimetres - printed.DropMillimetres < above);
    }

    [Fact]
    public void On_an_odd_page_it_goes_to_the_next_even_one_with_its_foot_aimed_at_the_areas()
    {
        var spot = On(13, 194.5, height: 42.6);

        var next = EndBlockPlacement.Next(EndBlockMove.None, spot);

        Assert.NotNull(next);
        Assert.True(next.ToEvenPage);
        // From the top of the new page's area, the drop and the block's height bring its foot just above the area's.
        Assert.InRange(AreaTop + next.DropMillimetres + spot.Height, AreaFoot - EndBlockPlacement.Pixel, AreaFoot);
    }
}
