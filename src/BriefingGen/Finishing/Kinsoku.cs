using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// Line-start and line-end rules (W3C clreq's 禁则): no closing punctuation at the start of a line
/// (an error: the reader sees it at once), no opening one at its end (a warning).
/// </summary>
internal static class Kinsoku
{
    // clreq's closing marks, full width, and the Latin ones that never start a line.
    private const string Closing = "、，。．：；？！）］｝〕〉》」』】〗〙〛”’,;:!?)]";

    private const string Opening = "（［｛〔〈《「『【〖〘〚“‘([";

    public static void Run(PreflightDocument document, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var starts = 0;
        var ends = 0;
        foreach (var page in document.Pages)
        {
            foreach (var line in page.Lines)
            {
                var first = line.Letters[0].Value;
                var last = line.Letters[^1].Value;
                if (first.Length > 0 && Closing.Contains(first[0], StringComparison.Ordinal))
                {
                    starts++;
                    // A warning, not an error: the browser's emergency break inside an overlong word (a
                    // URL typed as text, a 5,000-letter string) can leave one there, and such a briefing builds.
                    findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.LineStartPunctuation, page.Number, new(
                        $"a line starts with the closing punctuation '{first}': '{line.Excerpt()}'",
                        $"行首出现了点号或后括号“{first}”：“{line.Excerpt()}”")));
                }

                if (line.Letters.Count > 1 && last.Length > 0 && Opening.Contains(last[^1], StringComparison.Ordinal))
                {
                    ends++;
                    findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.LineEndPunctuation, page.Number, new(
                        $"a line ends with the opening punctuation '{last}': '{line.Excerpt()}'",
                        $"行末出现了前括号或前引号“{last}”：“{line.Excerpt()}”")));
                }
            }
        }

        figures.Add(new(new("closing punctuation at a line start", "行首点号、后括号"), starts.ToString(System.Globalization.CultureInfo.InvariantCulture), new("0", "0")));
        figures.Add(new(new("opening punctuation at a line end", "行末前括号、前引号"), ends.ToString(System.Globalization.CultureInfo.InvariantCulture), new("0", "0")));
    }
}
