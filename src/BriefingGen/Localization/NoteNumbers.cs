namespace BriefingGen.Localization;

/// <summary>Numbers sources in the order the document first cites them; a source keeps its number.</summary>
internal sealed class NoteNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

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
}
