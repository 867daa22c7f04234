using System.Text;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using Xunit;

namespace BriefingGen.Tests.Checking;

/// <summary>
/// The prose of every kind of block, at every level, is checked as a paragraph's is: references,
/// numbers typed into prose, links. Each problem is put into one place of a briefing that has
/// every block, and must be reported on that place's line.
/// </summary>
public sealed class BlockProseCheckTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Printing", "Fixtures", "nested-structure");

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-block-prose-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Each place: the file, the text as written there (unquoted or quoted), and how to write it with more appended.</summary>
    public static TheoryData<string, string, string> Places() => new()
    {
        { "briefing.yaml", "发展数字经济 建设数字城市", "title" },
        { "sections.yaml", "本期刊发市政协委员关于数字经济的调研成果，供参阅。", "editor's note in the introduction" },
        { "sections.yaml", "数字经济已成为城市发展的新引擎。", "paragraph of the introduction" },
        { "sections.yaml", "开源生态", "heading at the fourth level" },
        { "sections.yaml", "占全市生产总值比重", "table cell written as a pair" },
        { "sections.yaml", "\"{software_firms}\"", "table cell written as one string" },
        { "sections.yaml", "基础软件加快突破", "list entry" },
        { "sections.yaml", "加强统筹协调，建立数字经济工作专班。", "point" },
        { "sections.yaml", "杭州依托开源社区培育了一批软件企业。", "example" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void An_unknown_fact_is_reported_on_its_line(string file, string written, string place) =>
        AssertReported(file, written, "{no_such_fact}", "BG2002", place);

    [Theory]
    [MemberData(nameof(Places))]
    public void A_number_typed_into_prose_is_reported_on_its_line(string file, string written, string place) =>
        AssertReported(file, written, "，增长17%", "BG5004", place);

    [Theory]
    [MemberData(nameof(Places))]
    public void A_link_outside_the_allow_list_is_reported_on_its_line(string file, string written, string place) =>
        AssertReported(file, written, "[x](javascript:alert(1))", "BG1012", place);

    private void AssertReported(string file, string written, string added, string code, string place)
    {
        var folder = Path.Combine(_root, Guid.NewGuid().ToString("N"), "nested-structure");
        Directory.CreateDirectory(folder);
        foreach (var source in Directory.GetFiles(Fixture))
        {
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        }

        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path, Encoding.UTF8);
        var at = text.IndexOf(written, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{written}' is not in {file}");
        var line = text[..at].Count(c => c == '\n') + 1;
        // Quoted, so that braces and brackets stay in the text in a YAML flow block.
        var replaced = written.StartsWith('"') ? written[..^1] + added + "\"" : $"\"{written}{added}\"";
        File.WriteAllText(path, text[..at] + replaced + text[(at + written.Length)..], new UTF8Encoding(false));

        var diagnostics = new DiagnosticBag();
        BuildPipeline.LoadAll([folder], diagnostics);

        Assert.True(
            diagnostics.Items.Any(d => d.Code == code && d.Location.File.EndsWith(file, StringComparison.Ordinal) && d.Location.Line == line),
            $"{place}: no {code} on {file} line {line}; got:\n{string.Join('\n', diagnostics.Items)}");
    }
}
