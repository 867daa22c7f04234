using System.Text.RegularExpressions;
using BriefingGen.Printing;
using BriefingGen.Rendering;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// A note mark stays with the word it marks: no line of any printed edition of any briefing under
/// data/ starts with one (注码不居行首), as read back from the PDFs.
/// </summary>
public sealed partial class NoteMarkPlacementTests(DataBuild build) : IClassFixture<DataBuild>
{
    public static TheoryData<string, string> Editions()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in DataBuild.Ids)
        {
            foreach (var edition in Edition.Printed)
            {
                data.Add(id, edition.Code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void No_line_starts_with_a_note_mark(string id, string edition)
    {
        var report = PdfInspector.Inspect(build.Pdf(id, edition));

        var lines = report.Pages.SelectMany(p => p.Text.Split('\n')).ToList();
        Assert.Contains(lines, line => NoteMark().IsMatch(line));
        var leading = lines.Where(line => LeadingNoteMark().IsMatch(line)).ToList();
        Assert.True(leading.Count == 0, string.Join("\n", leading));
    }

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"^\s*\u2060?\[[0-9]+\]")]
    private static partial Regex LeadingNoteMark();
}
