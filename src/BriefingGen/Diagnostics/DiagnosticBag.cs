namespace BriefingGen.Diagnostics;

/// <summary>Collects every diagnostic of a run, so that users can fix all problems in one pass.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    /// <summary>Adds a diagnostic; the same one twice (as from both halves of a text) is kept once.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (!_items.Contains(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>In file, line and column order, so that output is stable and reads top to bottom.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column);
}
