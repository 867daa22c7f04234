using BriefingGen.Finishing;
using Xunit;

namespace BriefingGen.Tests.Printing;

/// <summary>A heading a character longer than a line is wrapped into balanced lines, never into a full line and one character.</summary>
public sealed class LongHeadingTests(LongHeadingsBuild build) : IClassFixture<LongHeadingsBuild>
{
    // The Chinese page: 28 characters a line, a heading indented 2; the fixture's first heading has 27.
    [Fact]
    public void A_heading_one_character_longer_than_a_line_does_not_end_in_a_single_character()
    {
        Assert.Null(build.Failure);
        var report = Preflight.Run(build.Pdf("zh"));

        var single = report.Findings.Where(f => f.Check == PreflightCheck.HeadingSingleCharacter).ToList();
        Assert.True(single.Count == 0, string.Join("; ", single.Select(f => $"page {f.Page}: {f.Text.En}")));
    }
}
