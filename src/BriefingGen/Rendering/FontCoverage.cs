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
    private readonly Dictionary<string, IReadOnlyList<CharacterSet>> _families;
    private readonly Dictionary<(Language, int), IReadOnlyList<string>?> _answers = [];
    private readonly Lock _lock = new();

    private FontCoverage(Dictionary<Language, IReadOnlyList<IReadOnlyList<string>>> stacks, FontCatalog catalog)
    {
        _stacks = stacks;
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

        var stacks = new Dictionary<Language, List<IReadOnlyList<string>>> { [Language.Zh] = [], [Language.En] = [] };
        var css = Comment().Replace(File.ReadAllText(theme), "");
        foreach (Match variable in StackVariable().Matches(css))
        {
            var families = variable.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.Trim('\'', '"'))
                .ToList();
            stacks[variable.Groups[1].Value == "zh" ? Language.Zh : Language.En].Add(families);
        }

        return new FontCoverage(stacks.ToDictionary(s => s.Key, s => (IReadOnlyList<IReadOnlyList<string>>)s.Value), catalog);
    }

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

    [GeneratedRegex(@"--(zh|en)-[a-z-]+\s*:\s*([^;]+);")]
    private static partial Regex StackVariable();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
