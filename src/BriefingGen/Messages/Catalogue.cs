using System.Globalization;
using System.Reflection;

namespace BriefingGen.Messages;

/// <summary>
/// Every line the tool prints that is not a data diagnostic (help, usage errors, progress, doctor,
/// watch), in English and Chinese, from messages.tsv: the file ./briefing reads for its own lines too.
/// </summary>
internal static class Catalogue
{
    private static readonly Lazy<IReadOnlyDictionary<string, Message>> Table = new(Load);

    /// <summary>The language of this run's messages: set once from --messages or the locale (see <see cref="UserLanguage"/>).</summary>
    public static bool Chinese { get; set; } = UserLanguage.IsChinese(null);

    public static IReadOnlyDictionary<string, Message> Entries => Table.Value;

    /// <summary>The message in this run's language, with its {0}, {1}… filled in.</summary>
    public static string Text(string key, params object?[] args) => In(Chinese, key, args);

    public static string In(bool chinese, string key, params object?[] args)
    {
        var message = Entries.TryGetValue(key, out var found)
            ? found
            : throw new KeyNotFoundException($"messages.tsv has no message '{key}'");
        return string.Format(CultureInfo.InvariantCulture, chinese ? message.Zh : message.En, args);
    }

    private static Dictionary<string, Message> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("messages.tsv")
            ?? throw new InvalidOperationException("messages.tsv is not embedded in the tool");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The catalogue's lines: key, English, Chinese, tab-separated; '#' starts a comment line.</summary>
    public static Dictionary<string, Message> Parse(string text)
    {
        var table = new Dictionary<string, Message>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            table[parts[0]] = new Message(parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "", parts.Length);
        }

        return table;
    }
}
