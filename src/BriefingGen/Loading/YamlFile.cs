using BriefingGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Loading;

/// <summary>One YAML file being read: parses it and turns node marks into source locations.</summary>
internal sealed class YamlFile(string path, DiagnosticBag diagnostics)
{
    // A briefing's file is a few dozen KiB; anything near this is a mistake or an attack.
    private const long MaxBytes = 1024 * 1024;

    public string DisplayPath { get; } = DisplayPaths.For(path);

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) => new(DisplayPath, (int)node.Start.Line, (int)node.Start.Column);

    public SourceLocation At(Mark mark) => new(DisplayPath, (int)mark.Line, (int)mark.Column);

    /// <summary>Parses the file and returns its top-level map, or null after reporting why not.</summary>
    public YamlMap? Load(string rootKey, Words what)
    {
        if (!File.Exists(path))
        {
            Diagnostics.Add(Errors.FileMissing(DisplayPath, what));
            return null;
        }

        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            Diagnostics.Add(Errors.FileTooLarge(DisplayPath, size, MaxBytes));
            return null;
        }

        var text = File.ReadAllText(path);
        if (ReportTabs(text))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            var problems = YamlScanner.Scan(text, At);
            if (problems.Count > 0)
            {
                Diagnostics.AddRange(problems);
                return null;
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

        return Errors.YamlSyntax(At(e.Start), YamlProblems.Classify(e.Message));
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
        var lines = File.ReadAllLines(path);
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
