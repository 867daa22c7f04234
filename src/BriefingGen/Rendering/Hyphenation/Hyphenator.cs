namespace BriefingGen.Rendering.Hyphenation;

/// <summary>
/// Liang's hyphenation (TeX's) over the compiled patterns of the npm package `hyphen`: where a word
/// may break, never within two letters of its start or three of its end (TeX's English minimums).
/// </summary>
internal sealed class Hyphenator
{
    private const int LeftMin = 2;
    private const int RightMin = 3;
    private const int ShortestWord = 5;

    private readonly List<object> _levels;
    private readonly Dictionary<string, object> _trie;
    private readonly Dictionary<string, object> _exceptions;

    private Hyphenator(List<object> levels, Dictionary<string, object> trie, Dictionary<string, object> exceptions)
    {
        _levels = levels;
        _trie = trie;
        _exceptions = exceptions;
    }

    /// <summary>Reads a pattern file (`patterns/en-gb.js`): the levels table, the pattern trie and the exceptions.</summary>
    public static Hyphenator FromPatternFile(string path)
    {
        var text = File.ReadAllText(path);
        // The file wraps one literal in a module header: `(function (root, exports) {…})(this, [ … ]);`.
        var call = text.IndexOf("(this,", StringComparison.Ordinal);
        if (call < 0 || JsLiteral.Parse(text, call + "(this,".Length) is not List<object> { Count: >= 2 } parts
            || parts[0] is not List<object> levels || parts[1] is not Dictionary<string, object> trie)
        {
            throw new FormatException($"'{path}' is not a pattern file of the hyphen package");
        }

        var exceptions = parts.Count > 2 && parts[2] is Dictionary<string, object> e ? e : new Dictionary<string, object>(StringComparer.Ordinal);
        return new Hyphenator(levels, trie, exceptions);
    }

    /// <summary>The positions in the word before which it may break (1 … length − 1).</summary>
    public IReadOnlyList<int> Breaks(string word)
    {
        if (word.Length < ShortestWord)
        {
            return [];
        }

        var lower = word.ToLowerInvariant();
        var breaks = _exceptions.TryGetValue(lower, out var listed) && listed is List<object> marks
            ? marks.Cast<int>()
            : Markers(lower);
        return breaks.Where(i => i >= LeftMin && i <= word.Length - RightMin).ToList();
    }

    // As the package's hyphenateWord: every slice of ".word." walks the trie; each pattern met raises
    // the levels from its start; odd levels are breaks.
    private List<int> Markers(string lower)
    {
        var dotted = "." + lower + ".";
        var levels = new int[lower.Length + 1];
        for (var start = 0; dotted.Length - start >= 3; start++)
        {
            var entity = Math.Max(0, start - 1);
            var node = _trie;
            for (var i = start; i < dotted.Length && node is not null; i++)
            {
                if (!node.TryGetValue(dotted[i].ToString(), out var child))
                {
                    break;
                }

                var (next, index) = child switch
                {
                    List<object> both => (both[0] as Dictionary<string, object>, (int)both[1]),
                    Dictionary<string, object> children => (children, -1),
                    int leaf => (null, leaf),
                    _ => (null, -1),
                };
                if (index >= 0)
                {
                    var pattern = (List<object>)_levels[index];
                    for (var k = 0; k < pattern.Count && entity + k < levels.Length; k++)
                    {
                        levels[entity + k] = Math.Max(levels[entity + k], (int)pattern[k]);
                    }
                }

                node = next;
            }
        }

        levels[0] = levels[1] = levels[^1] = levels[^2] = 0;
        return Enumerable.Range(0, levels.Length).Where(i => (levels[i] & 1) == 1).ToList();
    }
}
