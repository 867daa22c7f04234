using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// How text flows over page breaks: no heading as a page's last line, no heading whose last line holds
/// one character, and (where paragraphs are marked by a first-line indent, as GB/T 9704 sets them)
/// no paragraph's first line alone at a page's foot nor its last line alone at a page's top.
/// </summary>
internal static class Flow
{
    public static void Run(PreflightDocument document, List<PreflightFinding> findings, List<PreflightFigure> figures)
    {
        var atFoot = 0;
        var single = 0;
        var widows = 0;
        var pages = document.Pages;
        for (var p = 0; p < pages.Count; p++)
        {
            var content = document.Content(pages[p]);
            if (content.Count == 0)
            {
                continue;
            }

            var last = content[^1];
            if (p + 1 < pages.Count && IsHeading(document, last))
            {
                atFoot++;
                findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.HeadingAtFoot, pages[p].Number, new(
                    $"a heading is the page's last line: '{last.Excerpt()}'",
                    $"标题位于页末：“{last.Excerpt()}”")));
            }

            for (var i = 1; i < content.Count; i++)
            {
                var line = content[i];
                var above = content[i - 1];
                if (IsHeading(document, line) && IsHeading(document, above) && Math.Abs(line.Size - above.Size) < 0.2
                    && above.Baseline - line.Baseline < 2 * line.Size && line.Letters.Count(l => char.IsLetterOrDigit(l.Value, 0)) == 1)
                {
                    single++;
                    findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.HeadingSingleCharacter, pages[p].Number, new(
                        $"a heading's last line holds a single character: '{above.Excerpt()}' / '{line.Text}'",
                        $"标题末行只有一个字：“{above.Excerpt()}”／“{line.Text}”")));
                }
            }

            if (document.Kind == EditionKind.ChineseOfficial && p + 1 < pages.Count)
            {
                widows += Widows(document, pages[p], pages[p + 1], findings);
            }
        }

        figures.Add(new(new("headings as a page's last line", "位于页末的标题"), $"{atFoot}", new("0", "0")));
        figures.Add(new(new("headings ending in a single character", "末行只有一个字的标题"), $"{single}", new("0", "0")));
        if (document.Kind == EditionKind.ChineseOfficial)
        {
            figures.Add(new(new("paragraph lines alone at a page's foot or top", "段落单行孤悬页末或页首"), $"{widows}", new("0", "0")));
        }
    }

    /// <summary>A line of a heading: in a heading face, at the body's size or larger, short.</summary>
    public static bool IsHeading(PreflightDocument document, TextLine line) =>
        line.InHeadingFace && line.Size > document.BodySize - 0.2 && line.Letters.Count <= 60;

    /// <summary>A paragraph's first line as the page's last, or its last line as the next page's first.</summary>
    private static int Widows(PreflightDocument document, PreflightPage page, PreflightPage next, List<PreflightFinding> findings)
    {
        var found = 0;
        var footContent = document.Content(page);
        var nextContent = document.Content(next);
        var foot = footContent.Count == 0 ? null : footContent[^1];
        var top = nextContent.Count == 0 ? null : nextContent[0];
        if (foot is null || top is null || !document.IsBody(foot) || !document.IsBody(top))
        {
            return 0;
        }

        var (footLeft, _) = Column(document, page);
        var (topLeft, topRight) = Column(document, next);
        var continues = Math.Abs(top.Left - topLeft) < 0.3 * top.Size;
        if (continues && Math.Abs(foot.Left - (footLeft + 2 * foot.Size)) < 0.3 * foot.Size)
        {
            found++;
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.Widow, page.Number, new(
                $"a paragraph's first line is alone at the page's foot: '{foot.Excerpt()}'",
                $"段落首行孤悬页末：“{foot.Excerpt()}”")));
        }

        // The last line of its paragraph: short of the column's right edge, or followed by a new paragraph.
        var second = nextContent.Count > 1 ? nextContent[1] : null;
        var ends = top.Right < topRight - top.Size || second is null || !document.IsBody(second) || Math.Abs(second.Left - topLeft) > 0.3 * second.Size;
        if (continues && ends)
        {
            found++;
            findings.Add(new(DiagnosticSeverity.Warning, PreflightCheck.Widow, next.Number, new(
                $"a paragraph's last line is alone at the page's top: '{top.Excerpt()}'",
                $"段落末行孤悬页首：“{top.Excerpt()}”")));
        }

        return found;
    }

    /// <summary>The left and right edges of a page's body column: where its body lines start and end furthest out.</summary>
    private static (double Left, double Right) Column(PreflightDocument document, PreflightPage page)
    {
        var body = document.Content(page).Where(document.IsBody).ToList();
        return body.Count == 0 ? (0, 0) : (body.Min(l => l.Left), body.Max(l => l.Right));
    }
}
