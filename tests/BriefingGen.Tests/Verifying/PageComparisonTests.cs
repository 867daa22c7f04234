using BriefingGen.Verifying;
using StbImageSharp;
using StbImageWriteSharp;

namespace BriefingGen.Tests.Verifying;

/// <summary>The stated tolerance of the page comparison, on a real approved page changed pixel by pixel.</summary>
public sealed class PageComparisonTests
{
    private static readonly Lazy<ImageResult> Page = new(() =>
    {
        var page = Directory.EnumerateFiles(Path.Combine(TestPaths.Jinan, SnapshotSet.FolderName, Snapshot.PagesFolder), "*.png").Order(StringComparer.Ordinal).First();
        return ImageResult.FromMemory(File.ReadAllBytes(page), StbImageSharp.ColorComponents.RedGreenBlue);
    });

    [Fact]
    public void The_same_page_has_not_changed()
    {
        var png = Encode(Page.Value.Data);

        Assert.Equal(new PageComparison(0, Page.Value.Width, Page.Value.Height, false), PageComparison.Compare(png, png));
    }

    [Fact]
    public void Anti_aliasing_noise_within_the_channel_tolerance_on_every_pixel_is_no_change()
    {
        var noisy = Page.Value.Data.Select((v, i) => (byte)Math.Clamp(v + ((i % 3 == 0 ? 1 : -1) * PageComparison.ChannelTolerance), 0, 255)).ToArray();

        var comparison = PageComparison.Compare(Encode(Page.Value.Data), Encode(noisy));

        Assert.Equal(0, comparison.ChangedPixels);
        Assert.False(comparison.Changed);
    }

    [Fact]
    public void As_many_changed_pixels_as_the_tolerance_allows_are_no_change_and_one_more_is()
    {
        var allowed = Flip(Page.Value.Data, PageComparison.PixelTolerance);
        var oneMore = Flip(Page.Value.Data, PageComparison.PixelTolerance + 1);

        Assert.False(PageComparison.Compare(Encode(Page.Value.Data), Encode(allowed)).Changed);
        var changed = PageComparison.Compare(Encode(Page.Value.Data), Encode(oneMore));
        Assert.True(changed.Changed);
        Assert.Equal(PageComparison.PixelTolerance + 1, changed.ChangedPixels);
    }

    [Fact]
    public void A_colour_one_step_beyond_the_channel_tolerance_is_a_change()
    {
        var shifted = Page.Value.Data.Select((v, i) => i % 3 == 2 ? (byte)(v > 127 ? v - PageComparison.ChannelTolerance - 1 : v + PageComparison.ChannelTolerance + 1) : v).ToArray();

        var comparison = PageComparison.Compare(Encode(Page.Value.Data), Encode(shifted));

        Assert.Equal(Page.Value.Width * Page.Value.Height, comparison.ChangedPixels);
    }

    [Fact]
    public void A_page_of_another_size_has_changed_and_its_difference_image_covers_both()
    {
        var (width, height) = (Page.Value.Width, Page.Value.Height);
        var taller = new byte[width * (height + 10) * 3];
        Page.Value.Data.CopyTo(taller, 0);
        Array.Fill(taller, (byte)255, Page.Value.Data.Length, width * 10 * 3);

        var (comparison, difference) = PageComparison.CompareWithImage(Encode(Page.Value.Data), Encode(taller, height + 10));

        Assert.True(comparison.SizeChanged && comparison.Changed);
        var image = ImageResult.FromMemory(difference, StbImageSharp.ColorComponents.RedGreenBlue);
        Assert.Equal((width, height + 10), (image.Width, image.Height));
    }

    /// <summary>The page with its first <paramref name="count"/> pixels inverted.</summary>
    private static byte[] Flip(byte[] rgb, int count)
    {
        var flipped = (byte[])rgb.Clone();
        for (var i = 0; i < count * 3; i++)
        {
            flipped[i] = (byte)(255 - flipped[i]);
        }

        return flipped;
    }

    private static byte[] Encode(byte[] rgb, int? height = null)
    {
        using var stream = new MemoryStream();
        new ImageWriter().WritePng(rgb, Page.Value.Width, height ?? Page.Value.Height, StbImageWriteSharp.ColorComponents.RedGreenBlue, stream);
        return stream.ToArray();
    }
}
