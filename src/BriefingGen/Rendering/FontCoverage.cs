using System.Text.RegularExpressions;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// Which characters the briefing's font stacks can print, per language: the stacks are the
/// --zh-* and --en-* families of templates/css/theme.css, each family's faces come from the
/// font catalog. A character is printable in a stack when one of its families has it, in every
/// weight and style of that family the catalog holds (the browser would otherwise fall back to a
/// system font, or print an empty box).
/// </summary>
internal sealed partial class FontCoverage
{
    private readonly Dictionary<Language, IReadOnlyList<IReadOnlyList<string>>> _stacks;
    private readonly Dictionary<string, IReadOnlyList<string>> _named;
    private readonly HashSet<string> _bold;
    private readonly Dictionary<string, IReadOnlyList<CharacterSet>> _families;
    private readonly Dictionary<(Language, int), IReadOnlyList<string>?> _answers = [];
    private readonly Lock _lock = new();

    private FontCoverage(Dictionary<string, IReadOnlyList<string>> named, Dictionary<string, IReadOnlyList<CharacterSet>> families, HashSet<string> bold)
    {
        _named = named;
        _bold = bold;
        _stacks = ByLanguage(named);
        _families = families;
    }

    private FontCoverage(Dictionary<string, IReadOnlyList<string>> named, FontCatalog catalog)
    {
        _named = named;
        _bold = catalog.Faces.Where(f => f.Weight >= 700).Select(f => f.Family).ToHashSet(StringComparer.Ordinal);
        _stacks = ByLanguage(named);
        // Each family is kept as one character set per weight and style, the union of its faces.
        _families = catalog.Faces
            .GroupBy(f => f.Family, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<CharacterSet>)g.GroupBy(f => (f.Weight, f.Style))
                    .Select(variant => CharacterSet.Union(variant.Select(Characters)))
                    .ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The coverage of the theme's stacks, or null when the fonts are not installed (the build reports that).</summary>
    public static FontCoverage? TryLoad(string fontsFolder, string templatesFolder)
    {
        var theme = Path.Combine(templatesFolder, "css", "theme.css");
        if (!File.Exists(theme))
        {
            return null;
        }

        FontCatalog catalog;
        try
        {
            catalog = FontCatalog.Load(fontsFolder);
        }
        catch (Diagnostics.BuildFailedException)
        {
            return null;
        }

        var named = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var css = Comment().Replace(File.ReadAllText(theme), "");
        foreach (Match variable in StackVariable().Matches(css))
        {
            named[variable.Groups[1].Value] = variable.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.Trim('\'', '"'))
                .ToList();
        }

        return new FontCoverage(named, catalog);
    }

    /// <summary>
    /// Whether every family has a bold face of its own. A stack set in bold somewhere (body text
    /// has **bold**, titles and headings are bold) needs one: Chromium would fake it, and a faked
    /// bold is embedded as a Type 3 font, which print shops reject.
    /// </summary>
    public bool HasBold(string family) => _bold.Contains(family);

    /// <summary>The families the fonts folder holds, which an office may choose from.</summary>
    public IReadOnlyList<string> Families => _families.Keys.Where(f => !FontCatalog.IsPunctuation(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The coverage with some stacks replaced by an office's or a briefing's choice (zh_body → --zh-body).
    /// A chosen family the project does not ship is one of the office's fonts on this machine: its
    /// characters are those of its TrueType faces, and each face stands for every weight (see
    /// <see cref="LocalFontFaces"/>), so it needs no bold of its own.
    /// </summary>
    public FontCoverage With(IReadOnlyList<FontChoice> choices, LocalFonts? local = null)
    {
        if (choices.Count == 0)
        {
            return this;
        }

        var named = new Dictionary<string, IReadOnlyList<string>>(_named, StringComparer.Ordinal);
        var families = new Dictionary<string, IReadOnlyList<CharacterSet>>(_families, StringComparer.Ordinal);
        var bold = new HashSet<string>(_bold, StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            named[choice.Variable[2..]] = choice.Families;
            foreach (var family in choice.Families.Where(f => !_families.ContainsKey(f)))
            {
                var faces = local?.Faces(family).Where(f => f.IsTrueType).ToList() ?? [];
                families[family] = [CharacterSet.Union(faces.Select(f => f.Characters))];
                bold.Add(family);
            }
        }

        return new FontCoverage(named, families, bold);
    }

    private static Dictionary<Language, IReadOnlyList<IReadOnlyList<string>>> ByLanguage(Dictionary<string, IReadOnlyList<string>> named) => new()
    {
        [Language.Zh] = named.Where(n => n.Key.StartsWith("zh-", StringComparison.Ordinal)).Select(n => n.Value).ToList(),
        [Language.En] = named.Where(n => n.Key.StartsWith("en-", StringComparison.Ordinal)).Select(n => n.Value).ToList(),
    };

    /// <summary>
    /// The families of the first stack of the language that cannot print the character, or null
    /// when every stack can. A null language means the text is shown in both (a number, a URL).
    /// </summary>
    public IReadOnlyList<string>? MissingIn(Language? language, int codePoint)
    {
        if (language is null)
        {
            return MissingIn(Language.Zh, codePoint) ?? MissingIn(Language.En, codePoint);
        }

        lock (_lock)
        {
            if (!_answers.TryGetValue((language.Value, codePoint), out var answer))
            {
                answer = _stacks[language.Value].FirstOrDefault(stack => !stack.Any(family => Has(family, codePoint)));
                _answers[(language.Value, codePoint)] = answer;
            }

            return answer;
        }
    }

    private bool Has(string family, int codePoint) =>
        _families.TryGetValue(family, out var variants) && variants.All(variant => variant.Contains(codePoint));

    /// <summary>
    /// A face whose stylesheet gives no unicode-range (LXGW WenKai) claims every character; what it
    /// has is in its file's character map. Faces with a range are cut to that range: the range is it.
    /// </summary>
    private static CharacterSet Characters(FontFace face) =>
        face.Ranges is [(0, 0x10FFFF)]
            ? CharacterSet.FromWoff(Path.ChangeExtension(face.File, ".woff"))
            : CharacterSet.FromRanges(face.Ranges);

    [GeneratedRegex(@"--((?:zh|en)-[a-z-]+)\s*:\s*([^;]+);")]
    private static partial Regex StackVariable();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
