using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Localization;

public sealed class NumberWordsTests
{
    // Written as a reader of each language writes them: 十五 and 二十 (never 一十五 or 两十), 一百零五 and
    // 一百一十 (the 零 for the missing tens, the 一 before 十 after a hundred); British English puts
    // "and" before the last part (one hundred and five).
    public static TheoryData<int, string, string> Cardinals { get; } = new()
    {
        { 0, "零", "zero" },
        { 1, "一", "one" },
        // A lone 2 stands before a measure word (提升两位, 两大行业), where Chinese says 两.
        { 2, "两", "two" },
        { 9, "九", "nine" },
        { 10, "十", "ten" },
        { 11, "十一", "eleven" },
        { 12, "十二", "twelve" },
        { 15, "十五", "fifteen" },
        { 20, "二十", "twenty" },
        { 21, "二十一", "twenty-one" },
        { 99, "九十九", "ninety-nine" },
        { 100, "一百", "one hundred" },
        { 101, "一百零一", "one hundred and one" },
        { 105, "一百零五", "one hundred and five" },
        { 110, "一百一十", "one hundred and ten" },
        { 115, "一百一十五", "one hundred and fifteen" },
        { 200, "二百", "two hundred" },
        { 1000, "一千", "one thousand" },
        { 1001, "一千零一", "one thousand and one" },
        { 1010, "一千零一十", "one thousand and ten" },
        { 1100, "一千一百", "one thousand one hundred" },
        { 2000, "两千", "two thousand" },
        { 2024, "两千零二十四", "two thousand and twenty-four" },
        { 9999, "九千九百九十九", "nine thousand nine hundred and ninety-nine" },
    };

    [Theory]
    [MemberData(nameof(Cardinals))]
    public void Whole_number_is_written_in_words_as_each_language_writes_it(int value, string zh, string en)
    {
        Assert.Equal(zh, NumberWords.Cardinal(value, Language.Zh));
        Assert.Equal(en, NumberWords.Cardinal(value, Language.En));
    }

    // A place in words to 100 (第二, never 第两; second), in digits beyond (第101 / 101st).
    public static TheoryData<int, string, string> Ordinals { get; } = new()
    {
        { 1, "第一", "first" },
        { 2, "第二", "second" },
        { 3, "第三", "third" },
        { 4, "第四", "fourth" },
        { 5, "第五", "fifth" },
        { 8, "第八", "eighth" },
        { 9, "第九", "ninth" },
        { 10, "第十", "tenth" },
        { 11, "第十一", "eleventh" },
        { 12, "第十二", "twelfth" },
        { 13, "第十三", "thirteenth" },
        { 20, "第二十", "twentieth" },
        { 21, "第二十一", "twenty-first" },
        { 22, "第二十二", "twenty-second" },
        { 99, "第九十九", "ninety-ninth" },
        { 100, "第一百", "one hundredth" },
        { 101, "第101", "101st" },
        { 111, "第111", "111th" },
        { 9999, "第9999", "9999th" },
    };

    [Theory]
    [MemberData(nameof(Ordinals))]
    public void Place_is_written_as_an_ordinal_in_words_to_a_hundred_then_in_digits(int value, string zh, string en)
    {
        Assert.Equal(zh, NumberWords.Ordinal(value, Language.Zh));
        Assert.Equal(en, NumberWords.Ordinal(value, Language.En));
    }

    public static TheoryData<decimal> NotInWords { get; } = new() { 4.5m, -1m, 10_000m, 0.1m, 79_228_162_514_264_337_593_543_950_335m };

    [Theory]
    [MemberData(nameof(NotInWords))]
    public void Fraction_negative_or_number_from_ten_thousand_has_no_words(decimal value) =>
        Assert.False(NumberWords.HasCardinal(value));

    public static TheoryData<decimal> NotAnOrdinal { get; } = new() { 0m, 2.5m, -3m, 79_228_162_514_264_337_593_543_950_335m };

    [Theory]
    [MemberData(nameof(NotAnOrdinal))]
    public void Zero_fraction_negative_or_huge_number_has_no_ordinal(decimal value) =>
        Assert.False(NumberWords.HasOrdinal(value));

    [Fact]
    public void Every_number_to_9999_has_words_and_every_place_has_an_ordinal()
    {
        // 两 only alone; 零 never doubled, never last; no 一十 at the start; no "and" twice in English.
        for (var n = 0; n <= 9999; n++)
        {
            var zh = NumberWords.Cardinal(n, Language.Zh);
            var en = NumberWords.Cardinal(n, Language.En);
            Assert.True(n == 2 || n / 1000 == 2 || !zh.Contains('两'), $"{n}: {zh}");
            Assert.DoesNotContain("零零", zh);
            Assert.True(n == 0 || !zh.EndsWith('零'), $"{n}: {zh}");
            Assert.False(zh.StartsWith("一十", StringComparison.Ordinal), $"{n}: {zh}");
            Assert.True(en.Split(' ').Count(w => w == "and") <= 1, $"{n}: {en}");
            Assert.True(n == 0 || !en.Contains("zero", StringComparison.Ordinal), $"{n}: {en}");
        }
    }
}
