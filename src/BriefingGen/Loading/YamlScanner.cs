using BriefingGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingGen.Loading;

/// <summary>
/// Reads a YAML file's events once before it is loaded, to report what the loader would stop at or
/// should refuse: every duplicate key (the loader stops at the first) and every alias (which can
/// expand a small file into a huge document).
/// </summary>
internal static class YamlScanner
{
    public static IReadOnlyList<Diagnostic> Scan(string text, Func<Mark, SourceLocation> at)
    {
        var problems = new List<Diagnostic>();
        var frames = new Stack<Frame>();
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    problems.Add(Errors.AliasUsed(at(alias.Start)));
                    Node(frames, null, alias.Start, at, problems);
                    break;
                case Scalar scalar:
                    Node(frames, scalar.Value, scalar.Start, at, problems);
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

        return problems;
    }

    /// <summary>In a mapping, nodes alternate between key and value; a key seen before is a duplicate.</summary>
    private static void Node(Stack<Frame> frames, string? scalar, Mark start, Func<Mark, SourceLocation> at, List<Diagnostic> problems)
    {
        if (frames.Count == 0 || frames.Peek() is not { Keys: { } keys } frame)
        {
            return;
        }

        if (frame.ExpectKey && scalar is not null && !keys.Add(scalar))
        {
            problems.Add(Errors.DuplicateKey(at(start), scalar));
        }

        frame.ExpectKey = !frame.ExpectKey;
    }

    private sealed class Frame(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;

        public bool ExpectKey { get; set; } = true;
    }
}
