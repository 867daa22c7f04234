using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Finishing;

/// <summary>
/// Turns the DeviceRGB colours of a content stream into DeviceCMYK for the press: black as K
/// alone, the office's red as the inks the office sets, any other colour by the plain conversion.
/// Chromium writes every colour with rg and RG (no colour spaces, images or shadings in these
/// pages); a colour set any other way in DeviceRGB is left and found by the press check.
/// </summary>
internal sealed class CmykConverter(string? red, Cmyk redInks)
{
    private readonly (double R, double G, double B)? _red = red is null ? null : Rgb(red);

    public List<ContentOperation> Convert(IEnumerable<ContentOperation> operations) =>
        operations.Select(ConvertOne).ToList();

    private ContentOperation ConvertOne(ContentOperation operation)
    {
        if (operation.Operator is not ("rg" or "RG") || operation.Operands.Count != 3
            || !TryParse(operation.Operands, out var r, out var g, out var b))
        {
            return operation;
        }

        var inks = IsRed(r, g, b) ? redInks : Cmyk.FromRgb(r, g, b);
        return new ContentOperation(inks.Operands(), operation.Operator == "rg" ? "k" : "K");
    }

    /// <summary>Within one step of 255 in each channel: Chromium writes colours rounded to a few decimals.</summary>
    private bool IsRed(double r, double g, double b) =>
        _red is var (rr, rg, rb) && Math.Abs(r - rr) <= 1.0 / 255 && Math.Abs(g - rg) <= 1.0 / 255 && Math.Abs(b - rb) <= 1.0 / 255;

    private static bool TryParse(IReadOnlyList<string> operands, out double r, out double g, out double b)
    {
        var ok = double.TryParse(operands[0], NumberStyles.Float, CultureInfo.InvariantCulture, out r);
        ok &= double.TryParse(operands[1], NumberStyles.Float, CultureInfo.InvariantCulture, out g);
        ok &= double.TryParse(operands[2], NumberStyles.Float, CultureInfo.InvariantCulture, out b);
        return ok;
    }

    /// <summary>#rrggbb (checked when office.yaml was read) as channels from 0 to 1.</summary>
    private static (double, double, double) Rgb(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0,
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0,
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0);
}
