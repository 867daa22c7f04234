using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingGen.Loading;

/// <summary>
/// The characters a YAML scalar is written with, each with its index in the file: as typed, and in
/// a double-quoted scalar with each escape (\e, \x1B, \u202E …) decoded at its backslash.
/// </summary>
internal static class ScalarCharacters
{
    /// <summary>One character of a scalar; <see cref="CodePoint"/> is -1 for an escape that is not valid.</summary>
    internal readonly record struct Character(int CodePoint, int Index, bool Escaped, string? Written);

    public static IEnumerable<Character> Of(string text, Scalar scalar) =>
        Of(text, (int)scalar.Start.Index, (int)scalar.End.Index, scalar.Style == ScalarStyle.DoubleQuoted);

    public static IEnumerable<Character> Of(string text, int start, int end, bool doubleQuoted)
    {
        end = Math.Min(end, text.Length);
        for (var i = Math.Max(start, 0); i < end; i++)
        {
            var c = text[i];
            if (doubleQuoted && c == '\\' && i + 1 < end)
            {
                // A backslash before a line break only continues the line: nothing is written.
                if (Escape(text, i, end) is { Written: not null } escape)
                {
                    yield return escape;
                    i += escape.Written.Length - 1;
                    continue;
                }
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                yield return new Character(char.ConvertToUtf32(c, text[i + 1]), i, false, text.Substring(i, 2));
                i++;
                continue;
            }

            yield return new Character(c, i, false, c.ToString());
        }
    }

    /// <summary>The escape at <paramref name="i"/>; the default (no text) for a backslash before a line break.</summary>
    private static Character Escape(string text, int i, int end)
    {
        var e = text[i + 1];
        int? simple = e switch
        {
            '0' => 0x00,
            'a' => 0x07,
            'b' => 0x08,
            't' or '\t' => 0x09,
            'n' => 0x0A,
            'v' => 0x0B,
            'f' => 0x0C,
            'r' => 0x0D,
            'e' => 0x1B,
            ' ' => 0x20,
            '"' => 0x22,
            '/' => 0x2F,
            '\\' => 0x5C,
            'N' => 0x85,
            '_' => 0xA0,
            'L' => 0x2028,
            'P' => 0x2029,
            _ => null,
        };
        if (simple is { } value)
        {
            return new Character(value, i, true, text.Substring(i, 2));
        }

        if (e is '\n' or '\r')
        {
            return default;
        }

        var digits = e switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        var hexEnd = i + 2;
        while (hexEnd < end && hexEnd < i + 2 + digits && Uri.IsHexDigit(text[hexEnd]))
        {
            hexEnd++;
        }

        var written = text[i..Math.Max(hexEnd, i + 2)];
        if (digits == 0 || hexEnd - (i + 2) != digits
            || !int.TryParse(text.AsSpan(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return new Character(-1, i, true, written);
        }

        return new Character(code, i, true, written);
    }
}
