using BriefingGen.Finishing;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// How blocks fall on the 22-line page of the Chinese edition of every briefing under data/, measured
/// on the PDF (the preflight's own measurements, and the tags for tables): text after a chart or a card
/// back on the grid, no paragraph line alone at a page's foot or top, no heading at a page's foot, and
/// tables whose rows stay whole, at least two to a page, with no cell ending in a line of one or two characters.
/// </summary>
public sealed class ChineseBlockRulesTests(DataBuild build) : IClassFixture<DataBuild>
{
    public static TheoryData<string> Briefings() => new(DataBuild.Ids);

    private PreflightReport Preflight(string id) => BriefingGen.Finishing.Preflight.Run(build.Pdf(id, "zh"));

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Body_lines_after_charts_and_cards_sit_on_the_page_grid(string id)
    {
        var report = Preflight(id);

        Assert.Equal(EditionKind.ChineseOfficial, report.Kind);
        var offGrid = report.Findings.Where(f => f.Check == PreflightCheck.OffGrid).Select(f => f.Text.En).ToList();
        Assert.True(offGrid.Count == 0, string.Join("\n", offGrid));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_paragraph_line_is_alone_at_a_page_foot_or_top_and_no_heading_ends_a_page(string id)
    {
        var report = Preflight(id);

        Assert.Equal(EditionKind.ChineseOfficial, report.Kind);
        var alone = report.Findings
            .Where(f => f.Check is PreflightCheck.Widow or PreflightCheck.HeadingAtFoot or PreflightCheck.HeadingSingleCharacter)
            .Select(f => $"p.{f.Page}: {f.Text.En}")
            .ToList();
        Assert.True(alone.Count == 0, string.Join("\n", alone));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_first_lines_of_every_full_page_fill_the_22_line_grid(string id)
    {
        var report = Preflight(id);

        // Keeping lines together must not cost the grid its 22nd line.
        var grid = report.Findings.Where(f => f.Check == PreflightCheck.Grid).Select(f => f.Text.En).ToList();
        Assert.True(grid.Count == 0, string.Join("\n", grid));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_table_row_is_split_across_pages(string id)
    {
        var rows = DataRows(id);

        Assert.NotEmpty(rows);
        var split = rows.Where(row => row.Pages().Count > 1).Select(row => $"p.{row.Pages()[0]}: {Start(row)}").ToList();
        Assert.True(split.Count == 0, string.Join("\n", split));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_page_a_table_runs_onto_holds_at_least_two_of_its_rows(string id)
    {
        var pdf = TaggedPdf.Read(build.Pdf(id, "zh"));
        var tables = pdf.Elements.Where(e => e.Type == "Table").ToList();

        Assert.NotEmpty(tables);
        var lonely = new List<string>();
        foreach (var table in tables)
        {
            var rows = table.Descendants().Where(e => e.Type == "TR" && !IsHeaderRow(e) && e.AllLetters().Any()).ToList();
            // A table of one row can only have one on its page.
            if (rows.Count < 2)
            {
                continue;
            }

            lonely.AddRange(rows.GroupBy(row => row.Pages()[0]).Where(g => g.Count() < 2).Select(g => $"p.{g.Key}: only {Start(g.First())}"));
        }

        Assert.True(lonely.Count == 0, string.Join("\n", lonely));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_table_cell_ends_in_a_line_of_one_or_two_characters(string id)
    {
        var pdf = TaggedPdf.Read(build.Pdf(id, "zh"));
        var cells = pdf.Elements.Where(e => e.Type is "TD" or "TH" && e.AllLetters().Any()).ToList();

        Assert.NotEmpty(cells);
        var stubs = cells
            .Select(cell => Lines(cell))
            .Where(lines => lines.Count > 1 && lines[^1].Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) <= 2)
            .Select(lines => $"p.{lines[^1].Page}: {string.Join(" / ", lines.Select(l => l.Text.Trim()))}")
            .ToList();
        Assert.True(stubs.Count == 0, string.Join("\n", stubs));
    }

    private List<TagNode> DataRows(string id) =>
        TaggedPdf.Read(build.Pdf(id, "zh")).Elements.Where(e => e.Type == "TR" && !IsHeaderRow(e) && e.AllLetters().Any()).ToList();

    /// <summary>
    /// A cell's lines on the page it starts on (a header cell is repeated on every page its table runs
    /// over, but tagged once), without its note marks: a mark ([1]) is raised above its line, not a line.
    /// </summary>
    private static List<TextLine> Lines(TagNode cell)
    {
        var letters = cell.AllLetters().ToList();
        var size = letters.Max(l => l.Letter.PointSize);
        var first = letters.Min(l => l.Page);
        return TextLine.Of(letters.Where(l => l.Page == first && l.Letter.PointSize > 0.8 * size));
    }

    private static bool IsHeaderRow(TagNode row) => row.Children.All(cell => cell.Type == "TH");

    private static string Start(TagNode node) => new(node.Text().Take(24).ToArray());
}
