using System.Globalization;

namespace BriefingGen.Model;

/// <summary>A colour in process inks, each from 0 to 1.</summary>
internal readonly record struct Cmyk(double C, double M, double Y, double K)
{
    /// <summary>The press edition's default for the office's red: C0 M100 Y100 K0.</summary>
    public static readonly Cmyk DefaultRed = new(0, 1, 1, 0);

    public static readonly Cmyk Black = new(0, 0, 0, 1);

    /// <summary>
    /// The plain conversion (black generation by the darkest channel, no profile): greys come out
    /// as K alone, so no grey rule or text is printed in four inks.
    /// </summary>
    public static Cmyk FromRgb(double r, double g, double b)
    {
        var k = 1 - Math.Max(r, Math.Max(g, b));
        return k >= 1
            ? Black
            : new Cmyk((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k);
    }

    public string[] Operands() =>
        [Format(C), Format(M), Format(Y), Format(K)];

    private static string Format(double value) =>
        Math.Round(Math.Clamp(value, 0, 1), 4).ToString("0.####", CultureInfo.InvariantCulture);
}
