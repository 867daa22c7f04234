using BriefingGen.Loading;
using Xunit;

namespace BriefingGen.Tests.Loading;

public sealed class NumberParserTests
{
    public static TheoryData<string, decimal> Numbers { get; } = new()
    {
        { "52000", 52_000m },
        { "52,000", 52_000m },
        { "650_000_000_000", 650_000_000_000m },
        { "5.2万", 52_000m },
        { "6万", 60_000m },
        { "417亿", 41_700_000_000m },
        { "6500亿", 650_000_000_000m },
        { "30.3", 30.3m },
        { "0.5", 0.5m },
        { "-3", -3m },
        { "-5.2万", -52_000m },
        { " 33 ", 33m },
        { "5.2万亿", 5_200_000_000_000m },
        { "11万亿", 11_000_000_000_000m },
        { "45.5万亿", 45_500_000_000_000m },
        { "1,200万亿", 1_200_000_000_000_000m },
    };

    public static TheoryData<string, decimal> Steps { get; } = new()
    {
        // The place of the last digit typed is what a cross-check allows for rounding.
        { "45.5万亿", 100_000_000_000m },
        { "417亿", 100_000_000m },
        { "5.2万", 1_000m },
        { "52000", 1m },
        { "30.30", 0.01m },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void Number_knows_the_place_of_its_last_typed_digit(string text, decimal step)
    {
        Assert.True(NumberParser.TryParse(text, out BriefingGen.Model.Quantity? quantity, out _), text);
        Assert.Equal(step, quantity!.Step);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_written_the_way_staff_type_it_is_read(string text, decimal expected)
    {
        Assert.True(NumberParser.TryParse(text, out var value), $"'{text}' was rejected");
        Assert.Equal(expected, value);
    }

    // A magnitude is one of 万, 亿 and 万亿, written once, after the digits: never guessed at.
    [Theory]
    [InlineData("abc")]
    [InlineData("万")]
    [InlineData("亿")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("_")]
    [InlineData("5.2亿万")]
    [InlineData("5.2万万")]
    [InlineData("万亿")]
    [InlineData("5.2w")]
    [InlineData("5.2 million")]
    [InlineData("1e5")]
    public void Text_that_is_not_a_number_is_rejected(string text)
    {
        Assert.False(NumberParser.TryParse(text, out var value), $"'{text}' was read as {value}");
    }

    // A thousands separator stands between groups of three digits. Anything else is a slip
    // (a decimal comma, a missing digit) and must be reported, not silently read as another figure.
    [Theory]
    [InlineData("30,3")]
    [InlineData("5,20")]
    [InlineData("5,2万")]
    [InlineData("52,00")]
    public void Misplaced_thousands_separator_is_rejected_rather_than_misread(string text)
    {
        Assert.False(NumberParser.TryParse(text, out var value), $"'{text}' was read as {value}");
    }
}
