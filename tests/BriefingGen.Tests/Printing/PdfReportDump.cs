using System.Globalization;
using System.Text;
using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>A PDF as a reader sees it, written out as plain text for a snapshot.</summary>
internal static class PdfReportDump
{
    public static string Write(PdfReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Title: {report.Title}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Language: {report.Language}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Tagged: {report.Tagged}");
        text.AppendLine("Outline:");
        foreach (var entry in report.Outline)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {entry}");
        }

        text.AppendLine("Fonts:");
        foreach (var font in report.Fonts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {font.Name}: {font.Type}, {(font.Embedded ? "embedded" : "NOT EMBEDDED")}");
        }

        for (var i = 0; i < report.Pages.Count; i++)
        {
            var page = report.Pages[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"Page {i + 1} ({page.Width} x {page.Height} pt):");
            text.AppendLine(page.Text);
        }

        return text.ToString();
    }
}
