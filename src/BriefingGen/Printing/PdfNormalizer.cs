using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Printing;

/// <summary>
/// Makes Chromium's PDFs depend on their inputs only. Chromium stamps them with the clock's time,
/// and names tagged elements after DOM node numbers, which count across every page its renderer
/// process has built, so they shift with what else was printed at the same time. Both are
/// rewritten in place with text of the same length, so every offset in the file stays valid.
/// </summary>
internal static partial class PdfNormalizer
{
    public static byte[] Normalize(byte[] pdf, DateTimeOffset date)
    {
        // Latin-1 maps bytes to chars one to one, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        text = PdfDate().Replace(text, _ => $"(D:{stamp}+00'00')");
        text = RenumberNodes(text);
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>The briefing's date, unless SOURCE_DATE_EPOCH names another (reproducible-builds.org).</summary>
    public static DateTimeOffset DateFor(DateOnly briefingDate)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(briefingDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>
    /// Replaces each node number by its rank among the document's own: the order is kept, so the
    /// structure tree's ID name tree stays sorted, and the gaps left by other pages disappear.
    /// </summary>
    private static string RenumberNodes(string text)
    {
        var ranks = NodeId().Matches(text)
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select((id, rank) => (id, rank))
            .ToDictionary(x => x.id, x => (x.rank + 1).ToString("D8", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return NodeId().Replace(text, m => $"(node{ranks[m.Groups[1].Value]})");
    }

    [GeneratedRegex(@"\(D:\d{14}\+00'00'\)")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"\(node(\d{8})\)")]
    private static partial Regex NodeId();
}
