using BriefingGen.Diagnostics;
using BriefingGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingGen.Loading;

/// <summary>
/// Reads a YAML file's events once before it is loaded, to report what the loader would stop at or
/// should refuse: every duplicate key (the loader stops at the first), every alias (which can
/// expand a small file into a huge document), a second document (which the loader ignores), and
/// the characters of each value that a briefing must not hold. It also hands over each value's
/// characters with their places, for the font check.
/// </summary>
internal static class YamlScanner
{
    public static YamlScan Scan(string text, Func<Mark, SourceLocation> at, Func<int, SourceLocation> atIndex)
    {
        var problems = new List<Diagnostic>();
        var texts = new List<ScannedText>();
        var frames = new Stack<Frame>();
        var documents = 0;
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart start:
                    if (++documents > 1)
                    {
                        problems.Add(Errors.SecondDocument(at(start.Start)));
                    }

                    break;
                case AnchorAlias alias:
                    problems.Add(Errors.AliasUsed(at(alias.Start)));
                    Node(frames, null, alias.Start, at, problems);
                    break;
                case Scalar scalar:
                    var language = Node(frames, scalar.Value, scalar.Start, at, problems);
                    if (language is not Key)
                    {
                        texts.Add(new ScannedText(scalar.Start.Index, Characters(text, scalar, language, atIndex, problems)));
                    }

                    break;
                case MappingStart start:
                    Node(frames, null, start.Start, at, problems);
                    frames.Push(new Frame(new HashSet<string>(StringComparer.Ordinal)));
                    break;
                case SequenceStart start:
                    Node(frames, null, start.Start, at, problems);
                    frames.Push(new Frame(null));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
            }
        }

        return new YamlScan(problems, texts);
    }

    // What Node says of a scalar that is a mapping's key: it is never printed.
    private const string Key = "key";

    /// <summary>
    /// In a mapping, nodes alternate between key and value; a key seen before is a duplicate.
    /// Returns <see cref="Key"/> for a key, else the key the value belongs to (null in a list).
    /// </summary>
    private static string? Node(Stack<Frame> frames, string? scalar, Mark start, Func<Mark, SourceLocation> at, List<Diagnostic> problems)
    {
        if (frames.Count == 0 || frames.Peek() is not { Keys: { } keys } frame)
        {
            return null;
        }

        if (frame.ExpectKey)
        {
            if (scalar is not null && !keys.Add(scalar))
            {
                problems.Add(Errors.DuplicateKey(at(start), scalar));
            }

            frame.LastKey = scalar;
            frame.ExpectKey = false;
            return Key;
        }

        frame.ExpectKey = true;
        return frame.LastKey;
    }

    /// <summary>
    /// The value's characters. A control character written as an escape is an error (one typed
    /// as itself was refused before parsing); direction controls and zero-width characters,
    /// invisible in an editor, are warned about.
    /// </summary>
    private static WrittenText Characters(string text, Scalar scalar, string? key, Func<int, SourceLocation> atIndex, List<Diagnostic> problems)
    {
        var characters = new List<WrittenCharacter>();
        foreach (var c in ScalarCharacters.Of(text, scalar))
        {
            var at = atIndex(c.Index);
            if (c.CodePoint < 0)
            {
                problems.Add(Errors.InvalidEscape(at, c.Written ?? "\\", IsSurrogateEscape(c.Written)));
                continue;
            }

            if (c.Escaped && SafeText.IsControl(c.CodePoint) && c.CodePoint is not ('\t' or '\n'))
            {
                problems.Add(Errors.ControlCharacter(at, c.CodePoint, escaped: true));
            }
            else if (SafeText.IsDirectionControl(c.CodePoint))
            {
                problems.Add(Warnings.DirectionControl(at, c.CodePoint));
            }
            else if (SafeText.IsZeroWidth(c.CodePoint))
            {
                problems.Add(Warnings.ZeroWidthCharacter(at, c.CodePoint));
            }

            characters.Add(new WrittenCharacter(c.CodePoint, at));
        }

        var language = key switch
        {
            "zh" => Language.Zh,
            "en" => Language.En,
            _ => (Language?)null,
        };
        return new WrittenText(language, characters);
    }

    private static bool IsSurrogateEscape(string? written) =>
        written is { Length: > 2 }
        && int.TryParse(written.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code)
        && code is >= 0xD800 and <= 0xDFFF;

    private sealed class Frame(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;

        public bool ExpectKey { get; set; } = true;

        public string? LastKey { get; set; }
    }
}
