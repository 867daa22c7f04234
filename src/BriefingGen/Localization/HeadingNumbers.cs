using System.Globalization;

namespace BriefingGen.Localization;

/// <summary>
/// The numbers of headings and points: GB/T 9704's 一、 （一） 1. （1） in Chinese, 1. 1.1 1.1.1
/// 1.1.1.1 in English; points lead with 一是 … / First, …
/// </summary>
internal static class HeadingNumbers
{
    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static readonly string[] Ordinals = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

    /// <summary>A heading's Chinese number at its level (1–4), <paramref name="number"/> counted from 1 among its siblings.</summary>
    public static string Zh(int level, int number) => level switch
    {
        1 => $"{Chinese(number)}、",
        2 => $"（{Chinese(number)}）",
        3 => $"{Arabic(number)}.",
        _ => $"（{Arabic(number)}）",
    };

    /// <summary>A heading's English number: the numbers of its ancestors and its own, joined by dots (1. at the top level).</summary>
    public static string En(IReadOnlyList<int> path) =>
        path.Count == 1 ? $"{Arabic(path[0])}. " : string.Join('.', path.Select(Arabic)) + " ";

    /// <summary>The lead word of a point: 一是 / First (the reader allows ten points).</summary>
    public static string PointZh(int number) => $"{Chinese(number)}是";

    /// <inheritdoc cref="PointZh"/>
    public static string PointEn(int number) => number <= Ordinals.Length ? Ordinals[number - 1] : Arabic(number) + ".";

    /// <summary>1 to 99 in Chinese numerals (十一, 二十, 九十九); larger numbers in digits, which no heading list reaches.</summary>
    private static string Chinese(int number) => number switch
    {
        < 10 => Digits[number],
        < 20 => "十" + Digits[number % 10],
        < 100 => Digits[number / 10] + "十" + Digits[number % 10],
        _ => Arabic(number),
    };

    private static string Arabic(int number) => number.ToString(CultureInfo.InvariantCulture);
}
