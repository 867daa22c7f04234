using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Localization;

public sealed class PeriodFormatTests
{
    // Each form a fact's period (and {period:…} in prose) takes, as each language writes it.
    public static TheoryData<string, string, string> Periods { get; } = new()
    {
        { "2024", "2024年", "2024" },
        { "2012-2021", "2012年至2021年", "2012–2021" },
        { "2024-H1", "2024年上半年", "the first half of 2024" },
        { "2024-H2", "2024年下半年", "the second half of 2024" },
        { "2024-Q1", "2024年第一季度", "the first quarter of 2024" },
        { "2024-Q2", "2024年第二季度", "the second quarter of 2024" },
        { "2024-Q4", "2024年第四季度", "the fourth quarter of 2024" },
        { "2024-Q1-Q3", "2024年前三季度", "the first three quarters of 2024" },
        { "2024-03", "2024年3月", "March 2024" },
        { "2024-12", "2024年12月", "December 2024" },
        { "2024-01/2024-10", "2024年1—10月", "January–October 2024" },
        { "2023-11/2024-02", "2023年11月至2024年2月", "November 2023 – February 2024" },
        { "2024-10-31", "截至2024年10月31日", "as of 31 October 2024" },
        // The last day of a year reads as its end, as communiqués write it (截至2025年底).
        { "2025-12-31", "截至2025年底", "as of the end of 2025" },
        { " 2024-H2 ", "2024年下半年", "the second half of 2024" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Period_is_read_and_written_as_each_language_writes_it(string written, string zh, string en)
    {
        var period = PeriodParser.Parse(written);

        Assert.NotNull(period);
        Assert.Equal(zh, DateFormat.Period(period, Language.Zh));
        Assert.Equal(en, DateFormat.Period(period, Language.En));
    }

    [Theory]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-Q1-Q2")]
    [InlineData("2024-H3")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2021-2012")]
    [InlineData("2021-2021")]
    [InlineData("2024-10/2024-03")]
    [InlineData("2024-03/2024-03")]
    [InlineData("2024-01/2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("２０２４")]
    [InlineData("2024年")]
    [InlineData("")]
    public void Text_that_names_no_period_is_refused(string written) => Assert.Null(PeriodParser.Parse(written));
}
