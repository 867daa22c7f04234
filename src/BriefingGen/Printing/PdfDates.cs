using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Printing;

/// <summary>
/// Chromium stamps a PDF with the clock's time; this puts the briefing's own date in its place, so
/// that the same inputs give the same bytes. The replacement has the same length: offsets stay valid.
/// </summary>
internal static partial class PdfDates
{
    public static byte[] Stamp(byte[] pdf, DateTimeOffset date)
    {
        var stamp = date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        // Latin-1 maps bytes to chars one to one, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var stamped = PdfDate().Replace(text, _ => $"(D:{stamp}+00'00')");
        return Encoding.Latin1.GetBytes(stamped);
    }

    /// <summary>The briefing's date, unless SOURCE_DATE_EPOCH names another (reproducible-builds.org).</summary>
    public static DateTimeOffset For(DateOnly briefingDate)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(briefingDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    [GeneratedRegex(@"\(D:\d{14}\+00'00'\)")]
    private static partial Regex PdfDate();
}
