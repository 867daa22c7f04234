using System.Text.RegularExpressions;
using BriefingGen.Messages;

namespace BriefingGen.Tests.Cli;

/// <summary>Everything the tool prints is in the user's language, from the one catalogue that has both halves of every message.</summary>
public sealed partial class LanguageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-language-").FullName;

    public LanguageTests() => Tool.Project(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Under_a_chinese_locale_the_help_usage_errors_doctor_and_a_build_print_no_english_sentence()
    {
        var printed = Everything(("LANG", "zh_CN.UTF-8"));

        var english = printed.Where(line => EnglishSentence().IsMatch(line)).ToList();
        Assert.True(english.Count == 0, "English under a Chinese locale:\n" + string.Join("\n", english));
        Assert.Contains(printed, line => Chinese().IsMatch(line));
    }

    [Fact]
    public void Under_an_english_locale_the_same_commands_print_no_chinese()
    {
        var printed = Everything(("LANG", "en_GB.UTF-8"));

        var chinese = printed.Where(line => Chinese().IsMatch(line)).ToList();
        Assert.True(chinese.Count == 0, "Chinese under an English locale:\n" + string.Join("\n", chinese));
    }

    [Fact]
    public void Messages_chooses_the_language_over_the_locale()
    {
        var run = Tool.Run(_root, ["check", "--messages", "zh"], ("LC_ALL", "en_US.UTF-8"));

        Assert.Equal(Catalogue.In(chinese: true, "check.clean", 1), run.Output.Trim());
    }

    [Fact]
    public void Every_message_of_the_catalogue_has_its_english_and_its_chinese_and_nothing_else()
    {
        var file = Catalogue.Parse(File.ReadAllText(Path.Combine(TestPaths.Repository, "src/BriefingGen/Messages/messages.tsv")));

        Assert.NotEmpty(file);
        Assert.All(file, entry =>
        {
            Assert.True(entry.Value.Fields == 3, $"{entry.Key} has {entry.Value.Fields} fields, not key, English, Chinese");
            Assert.False(string.IsNullOrWhiteSpace(entry.Value.En), $"{entry.Key} has no English");
            Assert.False(string.IsNullOrWhiteSpace(entry.Value.Zh), $"{entry.Key} has no Chinese");
            Assert.True(Chinese().IsMatch(entry.Value.Zh), $"{entry.Key}'s Chinese half is not Chinese");
            Assert.Equal(Placeholders(entry.Value.En), Placeholders(entry.Value.Zh));
        });
    }

    [Fact]
    public void Every_key_the_tool_or_the_wrapper_asks_for_is_in_the_catalogue()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.Repository, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var asked = sources.SelectMany(text => KeyInCode().Matches(text).Select(m => m.Groups["key"].Value))
            .Concat(KeyInWrapper().Matches(File.ReadAllText(Path.Combine(TestPaths.Repository, "briefing"))).Select(m => m.Groups["key"].Value))
            .Distinct()
            .ToList();

        Assert.Contains("wrapper.compiling", asked);
        Assert.Contains("help.build.out", asked);
        Assert.All(asked, key => Assert.True(Catalogue.Entries.ContainsKey(key), $"'{key}' is asked for but not in messages.tsv"));
    }

    /// <summary>Every line printed by --help (the tool's and a command's), a usage error, doctor, check and a build.</summary>
    private List<string> Everything(params (string Name, string Value)[] locale)
    {
        string[][] commands =
        [
            ["--help"],
            ["build", "--help"],
            ["watch", "--help"],
            ["build", "--output", "dist"],
            ["build", "--timeout", "0"],
            ["doctor"],
            ["check"],
            ["check", "jinan-digtal-city"],
            ["build", "--lang", "zh"],
        ];
        var lines = new List<string>();
        foreach (var args in commands)
        {
            var run = Tool.Run(_root, args, locale);
            lines.AddRange((run.Output + "\n" + run.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        Assert.Contains(lines, line => line.Contains("jinan-digital-city", StringComparison.Ordinal));
        return lines;
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    // Three lower-case words in a row ("the fonts are") make an English sentence; names (Noto Serif
    // SC), commands (briefing build), paths, options and ids do not.
    [GeneratedRegex(@"(?:^|\s)[a-z]+[,.;:]?\s+[a-z]+[,.;:]?\s+[a-z]+[,.;:]?(?=\s|$)")]
    private static partial Regex EnglishSentence();

    [GeneratedRegex(@"[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\{\d+")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:Catalogue\.Text\(|Catalogue\.In\([^,]+,\s*|LocalizedDescription\(|say\()""(?<key>[a-z][a-z0-9.-]+)""")]
    private static partial Regex KeyInCode();

    [GeneratedRegex(@"^\s*say (?<key>[a-z][a-z0-9.-]+)", RegexOptions.Multiline)]
    private static partial Regex KeyInWrapper();
}
