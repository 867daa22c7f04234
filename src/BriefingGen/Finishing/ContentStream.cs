using System.Text;

namespace BriefingGen.Finishing;

/// <summary>
/// Splits a PDF content stream into operators and their operands (ISO 32000 7.2 and 7.8.2) and
/// writes them back. Each operand keeps its bytes as written, so what is not changed comes out
/// as it went in; PDFsharp's own content writer cannot write the hex strings Chromium uses.
/// </summary>
internal static class ContentStream
{
    public static List<ContentOperation> Parse(byte[] content)
    {
        // Latin-1 maps bytes to chars one to one, so strings and inline images survive the round trip.
        var text = Encoding.Latin1.GetString(content);
        var operations = new List<ContentOperation>();
        var operands = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWhite(c))
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < text.Length && text[i] is not ('\r' or '\n'))
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                operands.Add(text[i..(i = EndOfLiteral(text, i))]);
            }
            else if (c == '<' && i + 1 < text.Length && text[i + 1] == '<')
            {
                operands.Add(text[i..(i = EndOfNested(text, i, "<<", ">>"))]);
            }
            else if (c == '<')
            {
                var end = text.IndexOf('>', i);
                operands.Add(text[i..(i = end < 0 ? text.Length : end + 1)]);
            }
            else if (c == '[')
            {
                operands.Add(text[i..(i = EndOfNested(text, i, "[", "]"))]);
            }
            else if (c == '/')
            {
                var start = i++;
                while (i < text.Length && IsRegular(text[i]))
                {
                    i++;
                }

                operands.Add(text[start..i]);
            }
            else
            {
                var start = i;
                while (i < text.Length && IsRegular(text[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    // A stray delimiter (a closing bracket without its opening one): kept as an operand.
                    i++;
                }

                var token = text[start..i];
                if (IsNumber(token) || token is "true" or "false" or "null")
                {
                    operands.Add(token);
                }
                else if (token == "BI")
                {
                    // An inline image: its dictionary, ID, binary data and EI are kept as one operand.
                    var end = EndOfInlineImage(text, i);
                    operations.Add(new ContentOperation([text[i..end]], "BI"));
                    operands = [];
                    i = end + 2;
                }
                else
                {
                    operations.Add(new ContentOperation(operands, token));
                    operands = [];
                }
            }
        }

        return operations;
    }

    public static byte[] Write(IEnumerable<ContentOperation> operations)
    {
        var text = new StringBuilder();
        foreach (var operation in operations)
        {
            if (operation.Operator == "BI")
            {
                text.Append("BI").Append(operation.Operands[0]).Append("EI\n");
                continue;
            }

            foreach (var operand in operation.Operands)
            {
                text.Append(operand).Append(' ');
            }

            text.Append(operation.Operator).Append('\n');
        }

        return Encoding.Latin1.GetBytes(text.ToString());
    }

    private static int EndOfLiteral(string text, int i)
    {
        var depth = 0;
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i + 1;
            }
        }

        return text.Length;
    }

    private static int EndOfNested(string text, int i, string open, string close)
    {
        var depth = 0;
        while (i < text.Length)
        {
            if (text[i] == '(')
            {
                i = EndOfLiteral(text, i);
            }
            else if (string.CompareOrdinal(text, i, open, 0, open.Length) == 0)
            {
                depth++;
                i += open.Length;
            }
            else if (string.CompareOrdinal(text, i, close, 0, close.Length) == 0)
            {
                i += close.Length;
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }

    /// <summary>The position of the EI that ends an inline image: a whitespace-delimited EI after ID.</summary>
    private static int EndOfInlineImage(string text, int i)
    {
        var id = text.IndexOf("ID", i, StringComparison.Ordinal);
        for (var j = id < 0 ? i : id + 3; j + 1 < text.Length; j++)
        {
            if (text[j] == 'E' && text[j + 1] == 'I' && IsWhite(text[j - 1]) && (j + 2 == text.Length || IsWhite(text[j + 2])))
            {
                return j;
            }
        }

        return text.Length - 2;
    }

    private static bool IsWhite(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static bool IsRegular(char c) => !IsWhite(c) && c is not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%');

    private static bool IsNumber(string token) =>
        token.Length > 0 && token.All(ch => char.IsAsciiDigit(ch) || ch is '.' or '-' or '+') && token.Any(char.IsAsciiDigit);
}
