using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Loading;

/// <summary>
/// A YAML mapping being read field by field. Each read reports what is wrong with the field and
/// returns null, so that loading goes on and every problem is reported in one pass.
/// </summary>
internal sealed partial class YamlMap(YamlMappingNode node, string owner, YamlFile file)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public SourceLocation Location => file.At(node);

    public string Owner => owner;

    private DiagnosticBag Diagnostics => file.Diagnostics;

    public string? String(string key, bool required = true)
    {
        var value = Node(key, required);
        switch (value)
        {
            case null:
                return null;
            case YamlScalarNode { Value: { Length: > 0 } text }:
                return text;
            case YamlScalarNode:
                Diagnostics.Add(Errors.MissingField(file.At(value), key, owner));
                return null;
            default:
                Diagnostics.Add(Errors.WrongShape(file.At(value), key, Expected.SingleValue));
                return null;
        }
    }

    public IdRef? Ref(string key, bool required = true)
    {
        var value = Node(key, required);
        var text = value is null ? null : Scalar(value, key);
        return text is null ? null : new IdRef(text, file.At(value!));
    }

    public IReadOnlyList<IdRef> RefList(string key, bool required = true)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Diagnostics.Add(Errors.WrongShape(file.At(value), key, Expected.IdList));
            return [];
        }

        var refs = new List<IdRef>();
        foreach (var item in sequence)
        {
            if (Scalar(item, key) is { } id)
            {
                refs.Add(new IdRef(id, file.At(item)));
            }
        }

        return refs;
    }

    public LocalizedText? Text(string key, bool required = true, bool allowEmptyEnglish = false)
    {
        var value = Node(key, required);
        return value is null ? null : TextOf(value, key, allowEmptyEnglish);
    }

    public LocalizedText? TextOf(YamlNode value, string field, bool allowEmptyEnglish = false)
    {
        if (value is not YamlMappingNode pair)
        {
            Diagnostics.Add(Errors.WrongShape(file.At(value), field, Expected.Pair));
            return null;
        }

        var map = new YamlMap(pair, field, file);
        var zh = map.Half("zh", field, allowEmpty: false);
        var en = map.Half("en", field, allowEmptyEnglish);
        map.RejectUnknownKeys();
        return zh is null || en is null
            ? null
            : new LocalizedText(zh, en, file.At(value)) { ZhOrigin = map.OriginOf("zh"), EnOrigin = map.OriginOf("en") };
    }

    /// <summary>An id: reported when it is not lower-case letters, digits and _, and kept, so that references to it still resolve.</summary>
    public string? Id(string key = "id")
    {
        var id = String(key);
        if (id is not null && !Ids.IsDataId(id))
        {
            Diagnostics.Add(Errors.BadId(LocationOf(key), id));
        }

        return id;
    }

    /// <summary>Where the text of a scalar starts, after its quotation mark and the spaces trimmed from it.</summary>
    private TextOrigin? OriginOf(string key)
    {
        return node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? OriginOf(scalar) : null;
    }

    private TextOrigin? OriginOf(YamlScalarNode scalar)
    {
        if (scalar.Value is not { } text)
        {
            return null;
        }

        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var lead = text.Length - text.TrimStart().Length;
        var oneLine = scalar.Start.Line == scalar.End.Line && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        // Escapes ('' or \n) make the written text longer than the value; then only the start is certain.
        var exact = oneLine && scalar.End.Column - scalar.Start.Column == text.Length + (2 * quote);
        var start = file.At(scalar);
        return new TextOrigin(start with { Column = start.Column + quote + lead }, exact);
    }

    /// <summary>A pair read as prose (Markdown with references), whose characters are checked as they are printed.</summary>
    public LocalizedText? Prose(string key, bool required = true)
    {
        var value = Node(key, required);
        return value is null ? null : ProseOf(value, key);
    }

    /// <inheritdoc cref="Prose"/>
    public LocalizedText? ProseOf(YamlNode value, string field)
    {
        var text = TextOf(value, field);
        if (text is not null && value is YamlMappingNode pair)
        {
            foreach (var (key, half) in new[] { ("zh", text.Zh), ("en", text.En) })
            {
                if (pair.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar)
                {
                    file.ReadAsProse(scalar, half);
                }
            }
        }

        return text;
    }

    public decimal? Number(string key, bool required = true) => QuantityOf(key, required)?.Value;

    /// <summary>A number with the place of its last typed digit, for figures that are checked against each other.</summary>
    public Quantity? QuantityOf(string key, bool required = true)
    {
        var value = Node(key, required);
        var text = value is null ? null : Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        if (NumberParser.TryParse(text, out Quantity? number, out var tooLarge))
        {
            return number;
        }

        Diagnostics.Add(tooLarge
            ? Errors.NumberTooLarge(file.At(value!), text, NumberParser.LimitText)
            : Errors.BadNumber(file.At(value!), text));
        return null;
    }

    /// <summary>A count such as an issue number, a print run or a year: a whole number from 1.</summary>
    public int? Integer(string key, bool required = true)
    {
        var value = Node(key, required);
        var text = value is null ? null : Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        if (!IntegerText().IsMatch(text))
        {
            Diagnostics.Add(Errors.WrongShape(file.At(value!), key, Expected.WholeNumber));
            return null;
        }

        // Whole, but zero, negative, or too large for any count: say which, not "not a whole number".
        if (text.StartsWith('-') || text.TrimStart('+', '0').Length == 0)
        {
            Diagnostics.Add(Errors.NotPositive(file.At(value!), key, text));
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Diagnostics.Add(Errors.NumberTooLarge(file.At(value!), text, int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)));
            return null;
        }

        return number;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex IntegerText();

    public bool Boolean(string key)
    {
        var value = Node(key, required: false);
        var text = value is null ? null : Scalar(value, key);
        if (text is null)
        {
            return false;
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        Diagnostics.Add(Errors.WrongShape(file.At(value!), key, Expected.TrueOrFalse));
        return false;
    }

    public DateOnly? Date(string key, bool required = true)
    {
        var value = Node(key, required);
        var text = value is null ? null : Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        if (DateParser.TryParse(text, out var date))
        {
            return date;
        }

        Diagnostics.Add(Errors.BadDate(file.At(value!), text));
        return null;
    }

    public Period? Period(string key)
    {
        var value = Node(key, required: false);
        var text = value is null ? null : Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        var period = PeriodParser.Parse(text);
        if (period is null)
        {
            Diagnostics.Add(Errors.BadPeriod(file.At(value!), text));
        }

        return period;
    }

    /// <summary>
    /// One of an enum's values, written in snake case (at_least for AtLeast); null (reported) when
    /// missing or misspelt. A value named None stands for the key left out, so it cannot be written.
    /// </summary>
    public T? Choice<T>(string key, bool required = true)
        where T : struct, Enum
    {
        var value = Node(key, required);
        var text = value is null ? null : Scalar(value, key);
        if (text is null)
        {
            return null;
        }

        var values = Enum.GetValues<T>().Where(v => v.ToString() != "None").ToArray();
        var names = values.Select(v => SnakeCase(v.ToString())).ToArray();
        if (Array.IndexOf(names, text) is var index and >= 0)
        {
            return values[index];
        }

        Diagnostics.Add(Errors.BadChoice(file.At(value!), key, text, names));
        return null;
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public YamlMap? Map(string key, bool required = true)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, key, file);
        }

        Diagnostics.Add(Errors.WrongShape(file.At(value), key, Expected.Block));
        return null;
    }

    /// <summary>The items of a list; each is handed over as the raw node, for lists that mix shapes.</summary>
    public IReadOnlyList<YamlNode> List(string key, bool required = true)
    {
        var value = Node(key, required);
        if (value is null)
        {
            return [];
        }

        if (value is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        Diagnostics.Add(Errors.WrongShape(file.At(value), key, Expected.List));
        return [];
    }

    public IReadOnlyList<YamlMap> MapList(string key, string itemName, bool required = true)
    {
        var maps = new List<YamlMap>();
        foreach (var item in List(key, required))
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, itemName, file));
            }
            else
            {
                Diagnostics.Add(Errors.WrongShape(file.At(item), itemName, Expected.Block));
            }
        }

        return maps;
    }

    public YamlMap? MapOf(YamlNode item, string itemName)
    {
        if (item is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, itemName, file);
        }

        Diagnostics.Add(Errors.WrongShape(file.At(item), itemName, Expected.Block));
        return null;
    }

    /// <summary>
    /// A table cell: a pair read as prose, or one string used in both languages (a name, a figure
    /// reference), read as prose too; null after reporting any other shape.
    /// </summary>
    public LocalizedText? CellOf(YamlNode value, string field)
    {
        if (value is not YamlScalarNode { Value: { } text } scalar)
        {
            return ProseOf(value, field);
        }

        if (text.Trim().Length == 0)
        {
            Diagnostics.Add(Errors.MissingField(file.At(value), field, owner));
            return null;
        }

        file.ReadAsProse(scalar, text.Trim());
        var origin = OriginOf(scalar);
        return new LocalizedText(text.Trim(), text.Trim(), file.At(value)) { ZhOrigin = origin, EnOrigin = origin };
    }

    /// <summary>Where a key itself is written, or the map when it is absent: for messages about the key, not its value.</summary>
    public SourceLocation KeyAt(string key) =>
        node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == key) is { } written ? file.At(written) : Location;

    /// <summary>
    /// Stands in for a text that is missing or wrong, already reported: the entity is kept, so that
    /// references to it do not fail as well and bury the one real problem.
    /// </summary>
    public LocalizedText Blank => new("", "", Location);

    /// <summary>Stands in for a reference that is missing, already reported; the checker skips it.</summary>
    public IdRef NoRef => new("", Location);

    /// <summary>Whether the key holds a list with nothing in it (a list of another shape is reported by <see cref="List"/>).</summary>
    public bool IsEmptyList(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode { Children.Count: 0 };

    public bool IsList(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode;

    public bool IsMap(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode;

    public void Diagnose(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Whether the key is present; asking counts as reading it, so it is not an unknown key.</summary>
    public bool Has(string key)
    {
        _read.Add(key);
        return node.Children.ContainsKey(new YamlScalarNode(key));
    }

    public SourceLocation At(YamlNode item) => file.At(item);

    /// <summary>Where a key's value is written, or the map itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? file.At(value) : Location;

    /// <summary>Reports every key that no read asked for: a typo must not be silently ignored.</summary>
    /// <summary>Keys this mapping may hold although this read did not need them (the other forms of one field).</summary>
    public void Allow(IEnumerable<string> keys) => _read.UnionWith(keys);

    public void RejectUnknownKeys()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (_read.Contains(name))
            {
                continue;
            }

            // {zh: …, en: per 10,000 people} reads ", 000 people" as a key with no value: the comma
            // ended the English. Say so, rather than call "000 people" an unknown key.
            Diagnostics.Add(node.Style == YamlDotNet.Core.Events.MappingStyle.Flow && node.Children[key] is YamlScalarNode { Value: null or "" } empty && empty.Start.Equals(empty.End)
                ? Errors.CommaEndedValue(file.At(key), name)
                : Errors.UnknownKey(file.At(key), name, _read.Order(StringComparer.Ordinal)));
        }
    }

    private string? Half(string key, string field, bool allowEmpty)
    {
        var value = Node(key, required: false);
        if (value is null)
        {
            if (!HasNearMiss(key))
            {
                Diagnostics.Add(Errors.MissingHalf(Location, field, key));
            }

            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            Diagnostics.Add(Errors.WrongShape(file.At(value), $"{field}.{key}", Expected.Text));
            return null;
        }

        var text = scalar.Value ?? "";
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        if (text.Trim().Length == 0 && !(allowEmpty && quoted))
        {
            Diagnostics.Add(Errors.MissingHalf(file.At(value), field, key, mayBeEmpty: allowEmpty));
            return null;
        }

        return text.Trim();
    }

    private YamlNode? Node(string key, bool required)
    {
        _read.Add(key);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }

        // A misspelt key is reported once, as unknown with a "did you mean", not also as missing.
        if (required && !HasNearMiss(key))
        {
            Diagnostics.Add(Errors.MissingField(Location, key, owner));
        }

        return null;
    }

    /// <summary>Whether a key written here is a misspelling of <paramref name="key"/>.</summary>
    public bool HasNearMiss(string key) =>
        node.Children.Keys.OfType<YamlScalarNode>()
            .Any(written => written.Value != key && Suggestions.Closest(written.Value ?? "", [key]) == key);

    private string? Scalar(YamlNode value, string key)
    {
        if (value is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text.Trim();
        }

        Diagnostics.Add(value is YamlScalarNode
            ? Errors.MissingField(file.At(value), key, owner)
            : Errors.WrongShape(file.At(value), key, Expected.SingleValue));
        return null;
    }
}
