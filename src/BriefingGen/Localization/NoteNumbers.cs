using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Numbers sources in the order the document first cites them; a source keeps its number. The
/// first mark of a source in each language carries an id, for the sources list's back-link.
/// </summary>
internal sealed class NoteNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Language), string> _firstMarks = [];

    public IReadOnlyDictionary<string, int> Assigned => _numbers;

    public int For(string sourceId)
    {
        if (!_numbers.TryGetValue(sourceId, out var number))
        {
            number = _numbers.Count + 1;
            _numbers[sourceId] = number;
        }

        return number;
    }

    /// <summary>The note mark for a citation of the source in the language.</summary>
    public string Mark(string sourceId, Language language)
    {
        var number = For(sourceId);
        return Html.NoteMark(number, language, first: _firstMarks.TryAdd((sourceId, language), Html.CiteId(number, language == Language.Zh ? "zh" : "en")));
    }

    /// <summary>The id of the source's first mark in the language, or "" when none carries one.</summary>
    public string FirstMark(string sourceId, Language language) =>
        _firstMarks.TryGetValue((sourceId, language), out var id) ? id : "";
}
