using System.Globalization;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Whole numbers in words, as prose writes them: 两位, 十五, 一百零五 and one hundred and five (British);
/// places as ordinals, 第二 and second. The checker refuses in advance what has no words.
/// </summary>
internal static class NumberWords
{
    private const int MaxCardinal = 9_999;
    private const int MaxOrdinalInWords = 100;

    private static readonly string[] ZhDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private static readonly string[] EnOnes =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Whether the number can be written in words: a whole number from 0 to 9999.</summary>
    public static bool HasCardinal(decimal value) => value is >= 0 and <= MaxCardinal && value == decimal.Truncate(value);

    /// <summary>Whether the number can be written as an ordinal: a whole number from 1 (in digits beyond a hundred).</summary>
    public static bool HasOrdinal(decimal value) => value is >= 1 and <= long.MaxValue && value == decimal.Truncate(value);

    /// <summary>八 / eight; a lone 2 is 两, since words stand before a measure word (提升两位, 两大行业).</summary>
    public static string Cardinal(decimal value, Language language)
    {
        var n = Whole(value, HasCardinal(value), "0 to 9999");
        if (language == Language.En)
        {
            return En(n);
        }

        return n == 2 ? "两" : Zh(n, thousandsTwo: "两");
    }

    /// <summary>第二 / second up to a hundred, 第101 / 101st beyond.</summary>
    public static string Ordinal(decimal value, Language language)
    {
        var n = Whole(value, HasOrdinal(value), "1 or more");
        if (n > MaxOrdinalInWords)
        {
            return language == Language.Zh ? "第" + n.ToString(CultureInfo.InvariantCulture) : NumberFormat.EnOrdinal(n);
        }

        // An ordinal counts, it measures nothing: 第二, never 第两.
        return language == Language.Zh ? "第" + Zh(n, thousandsTwo: "二") : EnOrdinal(En(n));
    }

    private static long Whole(decimal value, bool writable, string range) =>
        writable
            ? (long)value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Only whole numbers {range} have words; the checker refuses the others.");

    /// <summary>
    /// 十五 (no 一 before a leading 十), 一百一十 (but after a hundred), one 零 for any run of missing
    /// places, none at the end. Before 千 two is 两 as a cardinal (两千, as usual in modern Chinese).
    /// </summary>
    private static string Zh(long n, string thousandsTwo)
    {
        if (n == 0)
        {
            return ZhDigits[0];
        }

        var text = new StringBuilder();
        var gap = false;
        foreach (var (digit, place) in new[] { (n / 1000, "千"), (n / 100 % 10, "百"), (n / 10 % 10, "十"), (n % 10, "") })
        {
            if (digit == 0)
            {
                gap |= text.Length > 0;
                continue;
            }

            if (gap)
            {
                text.Append(ZhDigits[0]);
                gap = false;
            }

            var leadingTen = place == "十" && digit == 1 && text.Length == 0;
            var word = place == "千" && digit == 2 ? thousandsTwo : ZhDigits[digit];
            text.Append(leadingTen ? "" : word).Append(place);
        }

        return text.ToString();
    }

    private static string En(long n)
    {
        var parts = new List<string>();
        if (n >= 1000)
        {
            parts.Add(EnOnes[n / 1000] + " thousand");
        }

        if (n / 100 % 10 > 0)
        {
            parts.Add(EnOnes[n / 100 % 10] + " hundred");
        }

        var rest = n % 100;
        if (rest > 0 || parts.Count == 0)
        {
            var tens = rest < 20 ? EnOnes[rest] : EnTens[rest / 10] + (rest % 10 > 0 ? "-" + EnOnes[rest % 10] : "");
            parts.Add(parts.Count > 0 ? "and " + tens : tens);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The cardinal's last word made ordinal: twenty-one → twenty-first, one hundred → one hundredth.</summary>
    private static string EnOrdinal(string cardinal)
    {
        var cut = cardinal.LastIndexOfAny([' ', '-']) + 1;
        var last = cardinal[cut..] switch
        {
            "one" => "first",
            "two" => "second",
            "three" => "third",
            "five" => "fifth",
            "eight" => "eighth",
            "nine" => "ninth",
            "twelve" => "twelfth",
            var word when word.EndsWith('y') => word[..^1] + "ieth",
            var word => word + "th",
        };
        return cardinal[..cut] + last;
    }
}
