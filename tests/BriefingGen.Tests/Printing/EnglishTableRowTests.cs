namespace BriefingGen.Tests.Printing;

/// <summary>The English edition's tables, the key figures among them, measured on the PDF of every briefing under data/ (a header row repeats on each page by design).</summary>
public sealed class EnglishTableRowTests(DataBuild build) : IClassFixture<DataBuild>
{
    public static TheoryData<string> Briefings() => new(DataBuild.Ids);

    [Theory]
    [MemberData(nameof(Briefings))]
    public void No_table_row_of_the_english_edition_is_split_across_pages(string id)
    {
        var rows = TaggedPdf.Read(build.Pdf(id, "en")).Elements.Where(e => e.Type == "TR" && !e.Children.All(c => c.Type == "TH")).ToList();

        Assert.NotEmpty(rows);
        var split = rows.Where(r => r.Pages().Count > 1).Select(r => $"p.{string.Join("–", r.Pages())}: {r.Text()}").ToList();
        Assert.True(split.Count == 0, string.Join("\n", split));
    }
}
