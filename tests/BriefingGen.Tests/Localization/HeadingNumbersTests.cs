using BriefingGen.Localization;

namespace BriefingGen.Tests.Localization;

/// <summary>Headings are numbered as GB/T 9704 numbers them in Chinese, and decimally in English; points lead with 一是 / First.</summary>
public sealed class HeadingNumbersTests
{
    [Theory]
    [InlineData(1, 1, "一、")]
    [InlineData(1, 10, "十、")]
    [InlineData(1, 11, "十一、")]
    [InlineData(1, 20, "二十、")]
    [InlineData(1, 21, "二十一、")]
    [InlineData(2, 1, "（一）")]
    [InlineData(2, 12, "（十二）")]
    [InlineData(3, 1, "1.")]
    [InlineData(3, 12, "12.")]
    [InlineData(4, 1, "（1）")]
    [InlineData(4, 12, "（12）")]
    public void A_chinese_heading_number_has_its_level_s_form(int level, int number, string expected) =>
        Assert.Equal(expected, HeadingNumbers.Zh(level, number));

    [Theory]
    [InlineData(new[] { 3 }, "3. ")]
    [InlineData(new[] { 3, 2 }, "3.2 ")]
    [InlineData(new[] { 3, 2, 1 }, "3.2.1 ")]
    [InlineData(new[] { 1, 10, 2, 4 }, "1.10.2.4 ")]
    public void An_english_heading_number_joins_its_ancestors_numbers(int[] path, string expected) =>
        Assert.Equal(expected, HeadingNumbers.En(path));

    [Theory]
    [InlineData(1, "一是", "First")]
    [InlineData(2, "二是", "Second")]
    [InlineData(3, "三是", "Third")]
    [InlineData(10, "十是", "Tenth")]
    public void A_point_leads_with_its_number_word(int number, string zh, string en)
    {
        Assert.Equal(zh, HeadingNumbers.PointZh(number));
        Assert.Equal(en, HeadingNumbers.PointEn(number));
    }
}
