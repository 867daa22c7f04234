using System.Globalization;

namespace BriefingGen.Rendering.Hyphenation;

/// <summary>
/// Reads the one JavaScript literal a pattern file of the npm package `hyphen` holds: numbers, arrays
/// and objects whose keys may be bare letters. Objects become dictionaries, arrays lists, numbers ints.
/// </summary>
internal sealed class JsLiteral(string text, int start)
{
    private int _at = start;

    public static object Parse(string text, int start) => new JsLiteral(text, start).Value();

    private object Value()
    {
        SkipSpace();
        return text[_at] switch
        {
            '[' => Array(),
            '{' => Object(),
            _ => Number(),
        };
    }

    private List<object> Array()
    {
        var items = new List<object>();
        _at++;
        while (Next() != ']')
        {
            items.Add(Value());
            if (Next() == ',')
            {
                _at++;
            }
        }

        _at++;
        return items;
    }

    private Dictionary<string, object> Object()
    {
        var members = new Dictionary<string, object>(StringComparer.Ordinal);
        _at++;
        while (Next() != '}')
        {
            var key = Key();
            if (Next() != ':')
            {
                throw new FormatException($"':' expected at {_at}");
            }

            _at++;
            members[key] = Value();
            if (Next() == ',')
            {
                _at++;
            }
        }

        _at++;
        return members;
    }

    private string Key()
    {
        var quote = text[_at];
        if (quote is '"' or '\'')
        {
            var end = text.IndexOf(quote, _at + 1);
            var key = text[(_at + 1)..end];
            _at = end + 1;
            return key;
        }

        var from = _at;
        while (text[_at] != ':' && !char.IsWhiteSpace(text[_at]))
        {
            _at++;
        }

        return text[from.._at];
    }

    private int Number()
    {
        var from = _at;
        while (char.IsAsciiDigit(text[_at]))
        {
            _at++;
        }

        return from == _at
            ? throw new FormatException($"a value expected at {_at}")
            : int.Parse(text.AsSpan(from, _at - from), CultureInfo.InvariantCulture);
    }

    private char Next()
    {
        SkipSpace();
        return text[_at];
    }

    private void SkipSpace()
    {
        while (char.IsWhiteSpace(text[_at]))
        {
            _at++;
        }
    }
}
