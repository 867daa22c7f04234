using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>The annex's key-figures table shows the period and target columns only when some row fills them.</summary>
public sealed partial class KeyFiguresTableTests
{
    public static TheoryData<string> Briefings => new(TestPaths.DataBriefings.Select(id => Path.Combine(TestPaths.Data, id)).Prepend(TestPaths.Fixture("annex-without-targets")));

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Each_edition_s_table_has_a_column_only_for_what_some_row_gives(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var briefing = Assert.Single(BuildPipeline.LoadAll([folder], diagnostics)!);
        var view = Localizer.Localize(briefing);
        // The label and the value, then the period and the target when any fact has one.
        var columns = 2 + (briefing.Facts.Any(f => f.Period is not null) ? 1 : 0) + (briefing.Facts.Any(f => f.Target is not null) ? 1 : 0);

        foreach (var edition in Edition.Printed.Append(Edition.Site))
        {
            var table = KeyFigures().Match(new HtmlRenderer(TestPaths.Templates).Render(view, edition)).Value;
            Assert.Equal(columns, HeaderCell().Count(Head().Match(table).Value));
            foreach (Match row in BodyRow().Matches(Body().Match(table).Value))
            {
                Assert.Equal(columns, Cell().Count(row.Value));
            }
        }
    }

    [Fact]
    public void The_fixture_has_periods_but_no_targets()
    {
        var briefing = Assert.Single(BuildPipeline.LoadAll([TestPaths.Fixture("annex-without-targets")], new DiagnosticBag())!);

        Assert.Contains(briefing.Facts, f => f.Period is not null);
        Assert.DoesNotContain(briefing.Facts, f => f.Target is not null);
    }

    [GeneratedRegex(@"<section class=""key-figures"".*?</section>", RegexOptions.Singleline)]
    private static partial Regex KeyFigures();

    [GeneratedRegex(@"<thead>.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex(@"<th scope=""col""")]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex(@"<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex(@"<(?:th scope=""row""|td)[ >]")]
    private static partial Regex Cell();
}
