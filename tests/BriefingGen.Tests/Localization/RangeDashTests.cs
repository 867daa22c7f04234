using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Tests.Localization;

/// <summary>A range typed with a hyphen-minus between numbers is set with the range dash of its language; codes and dates are kept as typed.</summary>
public sealed class RangeDashTests
{
    [Theory]
    [InlineData("《2024-2029年中国智慧城市报告》", "《2024—2029年中国智慧城市报告》")]
    [InlineData("每年增长3-5个百分点", "每年增长3—5个百分点")]
    [InlineData("1.5-2.5倍", "1.5—2.5倍")]
    [InlineData("2021—2024年", "2021—2024年")]
    public void A_chinese_range_takes_the_one_character_dash(string typed, string expected) =>
        Assert.Equal(expected, RangeDash.Apply(typed, Language.Zh));

    [Theory]
    [InlineData("Outlook, 2024-2029.", "Outlook, 2024–2029.")]
    [InlineData("in 2024-2029, up 3-5 points", "in 2024–2029, up 3–5 points")]
    [InlineData("pages 10-12", "pages 10–12")]
    public void An_english_range_takes_an_en_dash(string typed, string expected) =>
        Assert.Equal(expected, RangeDash.Apply(typed, Language.En));

    [Theory]
    [InlineData("2025-01-08")]
    [InlineData("截至2025-01")]
    [InlineData("电话0531-86123456")]
    [InlineData("400-800-1234")]
    [InlineData("GB/T 9704-2012")]
    [InlineData("ISO 8601-1")]
    [InlineData("https://example.org/report-2024-2029/")]
    [InlineData("见 www.example.org/2024-2029 页")]
    [InlineData("digital-2024-2029")]
    [InlineData("v1.2-3")]
    [InlineData("-5-3")]
    public void Dates_codes_phone_numbers_and_addresses_keep_their_hyphen(string typed)
    {
        Assert.Equal(typed, RangeDash.Apply(typed, Language.Zh));
        Assert.Equal(typed, RangeDash.Apply(typed, Language.En));
    }
}
