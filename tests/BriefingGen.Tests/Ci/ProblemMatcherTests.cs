using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Tests.Cli;

namespace BriefingGen.Tests.Ci;

/// <summary>GitHub's problem matcher turns every diagnostic 'check' prints into an annotation at its place.</summary>
public sealed class ProblemMatcherTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-matcher-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void The_matcher_reads_file_line_column_severity_code_and_message_of_every_diagnostic_check_prints(string language)
    {
        CiProject.Broken(_root);
        var expected = CiProject.Diagnostics(_root, CiProject.Named)
            .Select(e => new Annotation(
                e.File,
                e.Diagnostic.Location.Line > 0 ? e.Diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                e.Diagnostic.Location.Line > 0 ? e.Diagnostic.Location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                e.Diagnostic.IsError ? "error" : "warning",
                e.Diagnostic.Code,
                language == "zh" ? e.Diagnostic.MessageZh : e.Diagnostic.Message))
            .ToList();
        var matcher = Matcher.Read();

        var run = Tool.Run(_root, ["check", .. CiProject.Named, "--messages", language]);
        var found = (run.Output + run.Error).Split('\n').Select(matcher.Match).OfType<Annotation>().ToList();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, e => e.Severity == "error" && e.Line != "");
        Assert.Contains(expected, e => e.Severity == "warning");
        Assert.Contains(expected, e => e.Line == "");
        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_workflow_registers_the_matcher_before_check_runs()
    {
        var workflow = File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "workflows", "briefings.yml"));

        var register = workflow.IndexOf("::add-matcher::.github/briefing-problem-matcher.json", StringComparison.Ordinal);
        var check = workflow.IndexOf("./briefing check", StringComparison.Ordinal);

        Assert.True(register >= 0, "the workflow never registers the matcher");
        Assert.True(check > register, "the matcher is registered after check has run");
    }

    /// <summary>An annotation as GitHub would make it from one line; an absent line or column is "".</summary>
    private sealed record Annotation(string File, string Line, string Column, string Severity, string Code, string Message);

    /// <summary>The matcher's one pattern, as .github/briefing-problem-matcher.json declares it.</summary>
    private sealed record Matcher(Regex Regexp, int FileGroup, int LineGroup, int ColumnGroup, int SeverityGroup, int CodeGroup, int MessageGroup)
    {
        public static Matcher Read()
        {
            using var json = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(TestPaths.Repository, ".github", "briefing-problem-matcher.json")));
            var matchers = json.RootElement.GetProperty("problemMatcher");
            Assert.Equal(1, matchers.GetArrayLength());
            var patterns = matchers[0].GetProperty("pattern");
            Assert.Equal(1, patterns.GetArrayLength());
            var pattern = patterns[0];
            int Group(string name) => pattern.GetProperty(name).GetInt32();
            return new Matcher(
                new Regex(pattern.GetProperty("regexp").GetString()!),
                Group("file"), Group("line"), Group("column"), Group("severity"), Group("code"), Group("message"));
        }

        public Annotation? Match(string line)
        {
            var match = Regexp.Match(line.TrimEnd('\r'));
            return match.Success
                ? new Annotation(
                    match.Groups[FileGroup].Value, match.Groups[LineGroup].Value, match.Groups[ColumnGroup].Value,
                    match.Groups[SeverityGroup].Value, match.Groups[CodeGroup].Value, match.Groups[MessageGroup].Value)
                : null;
        }
    }
}
