using System.Globalization;
using System.Text;
using BriefingGen.Printing;

namespace BriefingGen.Verifying;

/// <summary>
/// A PDF as a reader sees it, as plain text for a snapshot: its metadata, outline, fonts and their
/// types, page count, and each page's text line by line. One fact a line, so that a change diffs well.
/// </summary>
internal static partial class PdfTextDump
{
    public static string Write(PdfReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Title: {report.Title}\n");
        text.Append(CultureInfo.InvariantCulture, $"Language: {report.Language}\n");
        text.Append(CultureInfo.InvariantCulture, $"Tagged: {report.Tagged}\n");
        // Chromium makes its user-agent string the Creator, which names the machine's processor, and
        // itself the Producer: that is left out, and the Producer's version, so that an update of the
        // browser changes a snapshot only where it changes the pages.
        foreach (var (key, value) in report.Information.Where(entry => entry.Key != "Creator"))
        {
            var shown = key == "Producer" ? Version().Replace(value, "*") : value;
            text.Append(CultureInfo.InvariantCulture, $"{key}: {shown}\n");
        }

        text.Append("Outline:\n");
        foreach (var entry in report.Outline)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {entry}\n");
        }

        text.Append("Fonts:\n");
        foreach (var font in report.Fonts)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {font.Name}: {font.Type}, {(font.Embedded ? "embedded" : "NOT EMBEDDED")}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Pages: {report.Pages.Count}\n");
        for (var i = 0; i < report.Pages.Count; i++)
        {
            var page = report.Pages[i];
            text.Append(CultureInfo.InvariantCulture, $"Page {i + 1} ({page.Width} x {page.Height} pt):\n");
            text.Append(page.Text.Replace("\r", "", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(m\d+|\d+(\.\d+)+)\b")]
    private static partial System.Text.RegularExpressions.Regex Version();
}
