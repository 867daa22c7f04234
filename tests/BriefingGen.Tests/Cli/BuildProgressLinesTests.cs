using System.Text.RegularExpressions;
using Xunit;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// A build whose output is not a terminal (a CI log, a pipe) says its progress in plain lines: one a
/// finished PDF, counted, as it goes. The tool runs as a process with its output redirected, as CI runs it.
/// </summary>
public sealed partial class BuildProgressLinesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-progress-").FullName;

    public BuildProgressLinesTests()
    {
        TestProject.WithOwnTemplates(_root);
        // package.json marks the folder as the project, so that the tool takes its templates from it.
        File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(_root, "package.json"));
        var first = TestProject.WithBaseData(_root);
        var second = Path.Combine(_root, "data", "base-two");
        Directory.CreateDirectory(second);
        foreach (var file in Directory.GetFiles(first))
        {
            File.Copy(file, Path.Combine(second, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_build_with_redirected_output_prints_one_counted_line_per_pdf_with_the_time_left_until_the_last()
    {
        var output = Path.Combine(_root, "out");
        var result = Tool.Run(_root, ["build", "data/base", "data/base-two", "--lang", "zh,en", "--out", output, "--messages", "en"]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);

        // The PDFs the build wrote, wherever they are: each gets its one line.
        var pdfs = Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        var lines = result.Output.Split('\n').Select(l => PdfLine().Match(l)).Where(m => m.Success).ToList();
        Assert.True(pdfs.Count > 1, result.Output);
        Assert.Equal(pdfs.Order(StringComparer.Ordinal), lines.Select(m => m.Groups["pdf"].Value).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(1, pdfs.Count).Select(n => $"{n}/{pdfs.Count}"), lines.Select(m => m.Groups["count"].Value));
        Assert.All(lines[..^1], m => Assert.True(m.Groups["left"].Success, m.Value));
        Assert.False(lines[^1].Groups["left"].Success, lines[^1].Value);

        // No live display's cursor movements or colours in a log.
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [GeneratedRegex(@"^PDF (?<count>\d+/\d+) (?<pdf>\S+\.pdf) \(\d+:\d\d elapsed(?<left>, about \d+:\d\d left)?\)$")]
    private static partial Regex PdfLine();
}
