using System.Text.Json;
using BriefingGen.Tests.Cli;

namespace BriefingGen.Tests.Ci;

/// <summary>'check --report FILE' writes the GitLab Code Quality report that turns each diagnostic into a merge-request finding.</summary>
public sealed class CodeQualityReportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-report-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_report_has_one_finding_per_diagnostic_at_its_repository_relative_file_and_line()
    {
        CiProject.Broken(_root);
        var expected = CiProject.Diagnostics(_root, CiProject.Named);

        var run = Tool.Run(_root, ["check", .. CiProject.Named, "--report", "quality.json", "--messages", "en"]);
        var findings = Read(Path.Combine(_root, "quality.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected.Count, findings.Count);
        foreach (var ((diagnostic, file), finding) in expected.Zip(findings))
        {
            Assert.Equal(diagnostic.Code, finding.GetProperty("check_name").GetString());
            Assert.Equal(diagnostic.Message, finding.GetProperty("description").GetString());
            Assert.Equal(diagnostic.IsError ? "critical" : "minor", finding.GetProperty("severity").GetString());
            Assert.Equal(file, finding.GetProperty("location").GetProperty("path").GetString());
            // A problem with the file as a whole is shown at its first line.
            Assert.Equal(Math.Max(diagnostic.Location.Line, 1), finding.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("fingerprint").GetString()));
        }
    }

    [Fact]
    public void Fingerprints_are_the_same_in_every_run_and_language_and_differ_between_findings()
    {
        CiProject.Broken(_root);

        Tool.Run(_root, ["check", .. CiProject.Named, "--report", "first.json", "--messages", "en"]);
        Tool.Run(_root, ["check", .. CiProject.Named, "--report", "second.json", "--messages", "zh"]);
        var first = Read(Path.Combine(_root, "first.json")).Select(Fingerprint).ToList();
        var second = Read(Path.Combine(_root, "second.json")).Select(Fingerprint).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void A_report_in_chinese_describes_each_problem_in_chinese()
    {
        CiProject.Broken(_root);
        var expected = CiProject.Diagnostics(_root, CiProject.Named).Select(e => e.Diagnostic.MessageZh).ToList();

        Tool.Run(_root, ["check", .. CiProject.Named, "--report", "quality.json", "--messages", "zh"]);

        Assert.Equal(expected, Read(Path.Combine(_root, "quality.json")).Select(f => f.GetProperty("description").GetString()!).ToList());
    }

    [Fact]
    public void A_clean_briefing_gives_an_empty_report()
    {
        CiProject.Clean(_root, "valid", "valid");

        var run = Tool.Run(_root, ["check", "--report", "reports/quality.json", "--messages", "en"]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(Read(Path.Combine(_root, "reports", "quality.json")));
    }

    [Theory]
    [InlineData("en", "BG0053", "'package.json' is a file, not a folder")]
    [InlineData("zh", "BG0053", "“package.json”是文件而不是文件夹")]
    [InlineData("en", "BG0052", "it is a folder")]
    [InlineData("zh", "BG0052", "它是一个文件夹")]
    public void A_report_that_cannot_be_written_is_an_error_naming_it_and_why_with_exit_3(string language, string code, string why)
    {
        CiProject.Clean(_root, "valid", "valid");
        // A file stands where the report's folder would be; or the report is an existing folder.
        var report = code == "BG0053" ? Path.Combine("package.json", "quality.json") : "node_modules";

        var run = Tool.Run(_root, ["check", "--report", report, "--messages", language]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"{report}: error {code}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/valid/facts.yaml")]
    [InlineData("templates/report.json")]
    public void A_report_that_would_overwrite_the_sources_is_refused_with_exit_2(string report)
    {
        CiProject.Clean(_root, "valid", "valid");
        var before = TestProject.Hashes(Path.Combine(_root, "data"));

        var run = Tool.Run(_root, ["check", "--report", report, "--messages", "en"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{report}: error BG0051: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, TestProject.Hashes(Path.Combine(_root, "data")));
        Assert.False(File.Exists(Path.Combine(TestPaths.Templates, "report.json")), "the report was written into templates/");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void The_help_of_check_shows_the_report_option_as_written_brackets_included(string language)
    {
        var help = BriefingGen.Messages.Catalogue.In(language == "zh", "help.check.report");

        var run = Tool.Run(_root, ["check", "--help", "--messages", language]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("--report <FILE>", run.Output, StringComparison.Ordinal);
        // The help wraps its texts: compare without the line breaks and padding.
        Assert.Contains(string.Concat(help.Where(c => !char.IsWhiteSpace(c))), string.Concat(run.Output.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
    }

    private static List<JsonElement> Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static string Fingerprint(JsonElement finding) => finding.GetProperty("fingerprint").GetString()!;
}
