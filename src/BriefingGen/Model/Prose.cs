using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Which part of a fact a prose reference shows.</summary>
internal enum FactMember
{
    Value,
    Target,
    Period,
    By,
}

/// <summary>How a prose reference writes a number: with its unit, bare, in words, or as an ordinal (第二 / second).</summary>
internal enum FigureStyle
{
    Full,
    Number,
    Words,
    Ordinal,
}

/// <summary>A piece of prose: literal text, a reference to a fact, or a citation of a source.</summary>
internal abstract record ProseSegment;

/// <summary>Literal prose, written as the author typed it (Markdown allowed).</summary>
internal sealed record ProseText(string Text) : ProseSegment;

/// <summary>{fact}, {fact.target}, {fact:number} …</summary>
internal sealed record FactReference(string FactId, FactMember Member, FigureStyle Style, string Written) : ProseSegment;

/// <summary>{cite:source}: a note to a source for a claim without a figure.</summary>
internal sealed record SourceCitation(string SourceId, string Written) : ProseSegment;

/// <summary>{date:2025-01-10}, {date:2025-01} or {date:01-10}: a date named in prose; Date is null when it names none.</summary>
internal sealed record DateMention(ProseDate? Date, string Written) : ProseSegment;

/// <summary>{period:2012-2021}: a period named in prose, without a note; Period is null when it names none.</summary>
internal sealed record PeriodMention(Period? Period, string Written) : ProseSegment;

/// <summary>{text:十五届四次}: text that holds digits but is no figure, printed as written, never as Markdown.</summary>
internal sealed record TextMention(string Text, string Written) : ProseSegment;

/// <summary>A reference that cannot be read; the checker reports it.</summary>
internal sealed record MalformedReference(string Written, ReferenceProblem Problem) : ProseSegment;

/// <summary>Splits prose into text and references. {{ and }} stand for literal braces.</summary>
internal static partial class Prose
{
    public static IReadOnlyList<ProseSegment> Parse(string text)
    {
        var segments = new List<ProseSegment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i += 2;
                continue;
            }

            if (c == '}')
            {
                Flush();
                segments.Add(new MalformedReference(text[Math.Max(0, i - 12)..(i + 1)], ReferenceProblem.NeverOpened));
                i++;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            var next = text.IndexOf('{', i + 1);
            Flush();
            if (next >= 0 && (close < 0 || next < close))
            {
                // Another reference starts before this one ends: this one was never closed.
                segments.Add(new MalformedReference(text[(i + 1)..next], ReferenceProblem.NeverClosed));
                i = next;
                continue;
            }

            if (close < 0)
            {
                segments.Add(new MalformedReference(text[(i + 1)..], ReferenceProblem.NeverClosed));
                break;
            }

            segments.Add(ParseReference(text[(i + 1)..close]));
            i = close + 1;
        }

        Flush();
        return segments;

        void Flush()
        {
            if (literal.Length > 0)
            {
                segments.Add(new ProseText(literal.ToString()));
                literal.Clear();
            }
        }
    }

    private static ProseSegment ParseReference(string inner)
    {
        var trimmed = inner.Trim();
        if (After(trimmed, "text:") is { Length: > 0 } text)
        {
            return new TextMention(text, inner);
        }

        if (After(trimmed, "date:") is { } date)
        {
            return new DateMention(ProseDate.Parse(date), inner);
        }

        if (After(trimmed, "period:") is { } period)
        {
            // The loader's reader, so that prose takes exactly the periods a fact takes.
            return new PeriodMention(Loading.PeriodParser.Parse(period), inner);
        }

        var match = ReferencePattern().Match(trimmed);
        if (!match.Success)
        {
            return new MalformedReference(inner, ReferenceProblem.NotAReference);
        }

        if (match.Groups["cite"].Success)
        {
            return new SourceCitation(match.Groups["cite"].Value, inner);
        }

        var member = match.Groups["member"].Value switch
        {
            "target" => FactMember.Target,
            "period" => FactMember.Period,
            "by" => FactMember.By,
            _ => FactMember.Value,
        };
        var style = match.Groups["style"].Value switch
        {
            "number" => FigureStyle.Number,
            "words" => FigureStyle.Words,
            "ordinal" => FigureStyle.Ordinal,
            _ => FigureStyle.Full,
        };
        return new FactReference(match.Groups["id"].Value, member, style, inner);
    }

    private static string? After(string reference, string prefix) =>
        reference.StartsWith(prefix, StringComparison.Ordinal) ? reference[prefix.Length..] : null;

    [GeneratedRegex(@"^(?:cite:(?<cite>[a-z0-9_]+)|(?<id>[a-z0-9_]+)(?:\.(?<member>target|period|by))?(?::(?<style>number|words|ordinal))?)$")]
    private static partial Regex ReferencePattern();
}
