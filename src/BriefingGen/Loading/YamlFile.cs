using BriefingGen.Diagnostics;
using BriefingGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Loading;

/// <summary>One YAML file being read: parses it and turns node marks into source locations.</summary>
internal sealed class YamlFile(string path, DiagnosticBag diagnostics)
{
    // A file full of NULs would give a million lines; the first few show what is wrong.
    private const int MaxControlReports = 20;

    private string _text = "";

    private int[] _lineStarts = [0];

    public string DisplayPath { get; } = DisplayPaths.For(path);

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    private readonly List<WrittenText> _texts = [];

    // Where each value's characters are in _texts, by the index in the file where its scalar starts.
    private readonly Dictionary<long, int> _textAt = [];

    /// <summary>The characters of every value, with their places, once the file has been read.</summary>
    public IReadOnlyList<WrittenText> Texts => _texts;

    public SourceLocation At(YamlNode node) => new(DisplayPath, (int)node.Start.Line, (int)node.Start.Column);

    public SourceLocation At(Mark mark) => new(DisplayPath, (int)mark.Line, (int)mark.Column);

    /// <summary>The place of the character at <paramref name="index"/> in the file's text.</summary>
    public SourceLocation At(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        line = line >= 0 ? line : ~line - 1;
        return new SourceLocation(DisplayPath, line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>
    /// Reads a value as prose (Markdown): its characters become those it prints, each character
    /// reference decoded and checked at its place.
    /// </summary>
    public void ReadAsProse(YamlScalarNode scalar, string value)
    {
        if (_textAt.TryGetValue(scalar.Start.Index, out var i))
        {
            _texts[i] = ProseCharacters.Decode(value, _texts[i], Diagnostics);
        }
    }

    /// <summary>Parses the file and returns its top-level map, or null after reporting why not.</summary>
    public YamlMap? Load(string rootKey, Words what)
    {
        if (DataFileReader.Read(path, DisplayPath, what, Diagnostics) is not { } text)
        {
            return null;
        }

        _text = text;
        _lineStarts = LineStarts(text);
        var controls = ReportControls(text);
        if (ReportTabs(text) | controls)
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            var scan = YamlScanner.Scan(text, At, At);
            Diagnostics.AddRange(scan.Problems);
            if (scan.Problems.Any(p => p.IsError))
            {
                return null;
            }

            foreach (var scanned in scan.Texts)
            {
                _textAt[scanned.Start] = _texts.Count;
                _texts.Add(scanned.Text);
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Diagnostics.Add(Describe(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on a flow block ({ or [) never closed.
            Diagnostics.Add(Errors.YamlSyntax(UnclosedFlow(text), YamlProblem.FlowNeverClosed));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode top)
        {
            Diagnostics.Add(Errors.WrongShape(SourceLocation.FileOnly(DisplayPath), Path.GetFileName(DisplayPath), Expected.RootBlock(rootKey)));
            return null;
        }

        return new YamlMap(top, Path.GetFileName(path), this);
    }

    private Diagnostic Describe(YamlException e)
    {
        // YamlDotNet's messages begin with its own "(Line: …)" prefix; the location is printed by us.
        var inner = e.InnerException?.Message ?? "";
        if (e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || inner.Contains("same key", StringComparison.Ordinal))
        {
            return Errors.DuplicateKey(At(e.Start), KeyAt(e.Start));
        }

        // YamlDotNet reports a bad escape (a lone surrogate such as \uD800) at the quotation mark,
        // as if the text were never closed: find the escape itself.
        if (InvalidEscapeIn((int)e.Start.Index) is { } escape)
        {
            return escape;
        }

        return Errors.YamlSyntax(At(e.Start), YamlProblems.Classify(e.Message));
    }

    /// <summary>The first escape that is not valid in the double-quoted text starting at <paramref name="quote"/>.</summary>
    private Diagnostic? InvalidEscapeIn(int quote)
    {
        if (quote < 0 || quote >= _text.Length || _text[quote] != '"')
        {
            return null;
        }

        foreach (var c in ScalarCharacters.Of(_text, quote + 1, _text.Length, doubleQuoted: true))
        {
            if (c.CodePoint < 0)
            {
                var written = c.Written ?? "\\";
                var surrogate = written.Length > 2 && int.TryParse(written.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code) && code is >= 0xD800 and <= 0xDFFF;
                return Errors.InvalidEscape(At(c.Index), written, surrogate);
            }

            if (c is { CodePoint: '"', Escaped: false })
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Reports each control character typed into the file (ESC, BEL, NUL …), at its own place: they
    /// would reach the pages and the terminal. YAML itself allows only tab and line breaks.
    /// </summary>
    private bool ReportControls(string text)
    {
        var found = 0;
        for (var i = 0; i < text.Length && found < MaxControlReports; i++)
        {
            if (SafeText.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r'))
            {
                Diagnostics.Add(Errors.ControlCharacter(At(i), text[i], escaped: false));
                found++;
            }
        }

        return found > 0;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>The last '{' or '[' that opens a flow block and is not closed, for YamlDotNet's unlocated failure.</summary>
    private SourceLocation UnclosedFlow(string text)
    {
        var open = new Stack<(int Line, int Column)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var quoted = false;
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c is '{' or '[')
                {
                    open.Push((i + 1, j + 1));
                }
                else if (!quoted && c is '}' or ']' && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }

        return open.TryPeek(out var at) ? new SourceLocation(DisplayPath, at.Line, at.Column) : SourceLocation.FileOnly(DisplayPath);
    }

    private string KeyAt(Mark mark)
    {
        var lines = _text.Split('\n');
        var line = mark.Line >= 1 && mark.Line <= lines.Length ? lines[mark.Line - 1] : "";
        var start = Math.Clamp((int)mark.Column - 1, 0, line.Length);
        var colon = line.IndexOf(':', start);
        return (colon > start ? line[start..colon] : line[start..]).Trim();
    }

    private bool ReportTabs(string text)
    {
        var found = false;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                Diagnostics.Add(Errors.TabIndent(new SourceLocation(DisplayPath, i + 1, tab + 1)));
                found = true;
            }
        }

        return found;
    }
}
