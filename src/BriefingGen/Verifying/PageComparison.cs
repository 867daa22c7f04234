using StbImageSharp;
using StbImageWriteSharp;

namespace BriefingGen.Verifying;

/// <summary>
/// Two images of one page compared pixel by pixel. A pixel counts as changed when one of its colour
/// channels moved by more than <see cref="ChannelTolerance"/> of 255: anti-aliasing and palette
/// steps stay below that, a changed colour, glyph or line break does not. A page has changed when
/// more than <see cref="PixelTolerance"/> pixels did, or when its size did.
/// </summary>
internal sealed record PageComparison(int ChangedPixels, int Width, int Height, bool SizeChanged)
{
    public const int ChannelTolerance = 64;

    public const int PixelTolerance = 4;

    public bool Changed => SizeChanged || ChangedPixels > PixelTolerance;

    public static PageComparison Compare(byte[] approvedPng, byte[] currentPng) => Compare(Decode(approvedPng), Decode(currentPng)).Comparison;

    /// <summary>The comparison, and a difference image: the current page faded, each changed pixel in magenta.</summary>
    public static (PageComparison Comparison, byte[] DifferencePng) CompareWithImage(byte[] approvedPng, byte[] currentPng)
    {
        var (comparison, marks) = Compare(Decode(approvedPng), Decode(currentPng));
        return (comparison, Encode(marks, comparison.Width, comparison.Height));
    }

    private static (PageComparison Comparison, byte[] Marks) Compare(ImageResult approved, ImageResult current)
    {
        // Pages of another size are compared over the larger one; what only one covers has changed.
        var (width, height) = (Math.Max(approved.Width, current.Width), Math.Max(approved.Height, current.Height));
        var marks = new byte[width * height * 3];
        var changed = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var before = Pixel(approved, x, y);
                var after = Pixel(current, x, y);
                var at = ((y * width) + x) * 3;
                if (before is null || after is null || Differs(before.Value, after.Value))
                {
                    changed++;
                    (marks[at], marks[at + 1], marks[at + 2]) = ((byte)255, (byte)0, (byte)255);
                }
                else
                {
                    // The page itself, faded to a quarter of its contrast, so that the marks stand out.
                    var (r, g, b) = after.Value;
                    (marks[at], marks[at + 1], marks[at + 2]) = (Fade(r), Fade(g), Fade(b));
                }
            }
        }

        var sizeChanged = approved.Width != current.Width || approved.Height != current.Height;
        return (new PageComparison(changed, width, height, sizeChanged), marks);
    }

    private static bool Differs((byte R, byte G, byte B) a, (byte R, byte G, byte B) b) =>
        Math.Abs(a.R - b.R) > ChannelTolerance || Math.Abs(a.G - b.G) > ChannelTolerance || Math.Abs(a.B - b.B) > ChannelTolerance;

    private static (byte R, byte G, byte B)? Pixel(ImageResult image, int x, int y)
    {
        if (x >= image.Width || y >= image.Height)
        {
            return null;
        }

        var at = ((y * image.Width) + x) * 3;
        return (image.Data[at], image.Data[at + 1], image.Data[at + 2]);
    }

    private static byte Fade(byte channel) => (byte)(255 - ((255 - channel) / 4));

    private static ImageResult Decode(byte[] png) => ImageResult.FromMemory(png, StbImageSharp.ColorComponents.RedGreenBlue);

    private static byte[] Encode(byte[] rgb, int width, int height)
    {
        using var stream = new MemoryStream();
        new ImageWriter().WritePng(rgb, width, height, StbImageWriteSharp.ColorComponents.RedGreenBlue, stream);
        return stream.ToArray();
    }
}
