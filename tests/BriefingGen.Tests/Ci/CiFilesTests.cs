using System.Text.RegularExpressions;
using BriefingGen.Cli;
using YamlDotNet.RepresentationModel;
using static BriefingGen.Tests.Ci.CiYaml;

namespace BriefingGen.Tests.Ci;

/// <summary>The GitHub workflow and the GitLab job parse, run commands the tool accepts, and keep what the office needs to download.</summary>
public sealed partial class CiFilesTests
{
    private static readonly string Workflow = Path.Combine(TestPaths.Repository, ".github", "workflows", "briefings.yml");
    private static readonly string GitLab = Path.Combine(TestPaths.Repository, ".gitlab-ci.yml");

    // The keys of a GitLab job that hold its shell lines, in the order they run.
    private static readonly string[] GitLabScripts = ["before_script", "script"];

    public static TheoryData<string> Files() => new() { ".github/workflows/briefings.yml", ".gitlab-ci.yml" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_briefing_command_a_ci_file_runs_is_one_the_tool_accepts_and_they_check_test_and_build_in_that_order(string file)
    {
        var commands = Scripts(Path.Combine(TestPaths.Repository, file))
            .SelectMany(script => script.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("./briefing", StringComparison.Ordinal))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..])
            .ToList();
        var wrapperCommands = WrapperCommands();

        Assert.Equal(["check", "test", "build"], commands.Select(c => c[0]).ToList());
        Assert.All(commands, args =>
        {
            // The wrapper runs 'test' itself (dotnet test takes the rest); everything else goes to the tool.
            if (!(wrapperCommands.Contains(args[0]) && !App.Commands.ContainsKey(args[0])))
            {
                Assert.Null(CommandLineCheck.Problem(args, App.Commands));
            }
        });
    }

    [Fact]
    public void The_workflow_uploads_verify_even_when_the_job_failed_and_out()
    {
        var uploads = Sequence(Job(Workflow, "jobs")["steps"])
            .Select(s => (YamlMappingNode)s)
            .Where(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true)
            .ToList();

        var verify = Assert.Single(uploads, s => Scalar((YamlMappingNode)s["with"], "path") == "verify/");
        Assert.Equal("always()", Scalar(verify, "if"));
        Assert.Single(uploads, s => Scalar((YamlMappingNode)s["with"], "path") == "out/");
    }

    [Fact]
    public void The_gitlab_job_keeps_verify_and_out_even_when_it_failed_and_declares_the_report_check_writes()
    {
        var job = Job(GitLab, null);
        var artifacts = (YamlMappingNode)job["artifacts"];
        var report = Scripts(GitLab)
            .Select(line => ReportOption().Match(line))
            .Single(match => match.Success)
            .Groups[1].Value;

        Assert.Equal("always", Scalar(artifacts, "when"));
        Assert.Contains("verify/", Sequence(artifacts["paths"]).Select(p => p.ToString()));
        Assert.Contains("out/", Sequence(artifacts["paths"]).Select(p => p.ToString()));
        Assert.Equal(report, Scalar((YamlMappingNode)artifacts["reports"], "codequality"));
    }

    /// <summary>Every shell script the file runs: each step's run (GitHub), each job's before_script and script (GitLab).</summary>
    private static List<string> Scripts(string file)
    {
        var root = Root(file);
        if (root.Children.ContainsKey("jobs"))
        {
            return ((YamlMappingNode)root["jobs"]).Children.Values
                .SelectMany(job => Sequence(((YamlMappingNode)job)["steps"]))
                .Select(step => Scalar((YamlMappingNode)step, "run"))
                .OfType<string>()
                .ToList();
        }

        return root.Children.Values.OfType<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("script"))
            .SelectMany(job => GitLabScripts.Where(k => job.Children.ContainsKey(k)).SelectMany(k => Sequence(job[k])))
            .Select(line => line.ToString())
            .ToList();
    }

    /// <summary>The file's one job: under <paramref name="under"/> (GitHub's 'jobs'), or the top-level entry with a script (GitLab).</summary>
    private static YamlMappingNode Job(string file, string? under)
    {
        var root = Root(file);
        var jobs = under is null ? root.Children.Values.OfType<YamlMappingNode>().Where(j => j.Children.ContainsKey("script")) : ((YamlMappingNode)root[under]).Children.Values.OfType<YamlMappingNode>();
        return Assert.Single(jobs);
    }


    /// <summary>The commands ./briefing handles itself: the labels of its case over the first argument.</summary>
    private static HashSet<string> WrapperCommands()
    {
        var wrapper = File.ReadAllText(Path.Combine(TestPaths.Repository, "briefing"));
        var cases = wrapper[wrapper.IndexOf("case \"${1:-build}\" in", StringComparison.Ordinal)..];
        return WrapperCase().Matches(cases).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*)\)$", RegexOptions.Multiline)]
    private static partial Regex WrapperCase();

    [GeneratedRegex(@"\./briefing check .*--report (\S+)")]
    private static partial Regex ReportOption();
}
