using System.Text.RegularExpressions;
using BriefingGen.Cli;
using YamlDotNet.RepresentationModel;
using static BriefingGen.Tests.Ci.CiYaml;

namespace BriefingGen.Tests.Ci;

/// <summary>
/// The sharded CI files build every share 1..N with the N of their matrix or parallel job, hand each
/// shard's output to an assemble that waits for all of them and reads what they keep, run the tests
/// once, and take over from the one-job files on one switch.
/// </summary>
public sealed class ShardedCiFilesTests
{
    private const string Switch = "BRIEFINGS_SHARDED";

    private static readonly string Workflow = Path.Combine(TestPaths.Repository, ".github", "workflows", "briefings-sharded.yml");
    private static readonly string PlainWorkflow = Path.Combine(TestPaths.Repository, ".github", "workflows", "briefings.yml");
    private static readonly string GitLab = Path.Combine(TestPaths.Repository, ".gitlab", "briefings-sharded.yml");
    private static readonly string PlainGitLab = Path.Combine(TestPaths.Repository, ".gitlab-ci.yml");

    [Fact]
    public void The_workflow_builds_every_shard_of_its_matrix_and_assembles_what_they_upload()
    {
        var jobs = (YamlMappingNode)Root(Workflow)["jobs"];
        var (buildName, build) = Assert.Single(Jobs(jobs), j => Runs(j.Job).Any(line => line.Contains("--shard", StringComparison.Ordinal)));
        var shards = Sequence(((YamlMappingNode)((YamlMappingNode)build["strategy"])["matrix"])["shard"]).Select(n => int.Parse(n.ToString(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var steps = Sequence(build["steps"]).Cast<YamlMappingNode>().ToList();
        var upload = Assert.Single(steps, s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var (_, site) = Assert.Single(Jobs(jobs), j => Runs(j.Job).Any(line => line.StartsWith("./briefing assemble", StringComparison.Ordinal)));
        var download = Assert.Single(Sequence(site["steps"]).Cast<YamlMappingNode>(), s => Scalar(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        var assembled = Assert.Single(Runs(site), line => line.StartsWith("./briefing assemble", StringComparison.Ordinal));

        Assert.Contains(buildName, Needs(site));
        Assert.NotEmpty(shards);
        foreach (var k in shards)
        {
            string For(string text) => text.Replace("${{ matrix.shard }}", k.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var command = Assert.Single(Runs(build).Select(For), line => line.StartsWith("./briefing build", StringComparison.Ordinal));
            var args = Arguments(command);
            var shard = Shard.Parse(args[args.IndexOf("--shard") + 1]);
            var output = args[args.IndexOf("--out") + 1];

            Assert.Null(CommandLineCheck.Problem(args, App.Commands));
            Assert.Equal(new Shard(k, shards.Count), shard);
            Assert.Equal(output.TrimEnd('/'), For(Scalar((YamlMappingNode)upload["with"], "path")!).TrimEnd('/'));

            // download-artifact puts each artifact matching its pattern into <path>/<artifact's name>/.
            var name = For(Scalar((YamlMappingNode)upload["with"], "name")!);
            var downloadWith = (YamlMappingNode)download["with"];
            Assert.Matches(Glob(Scalar(downloadWith, "pattern")!), name);
            var downloaded = $"{Scalar(downloadWith, "path")!.TrimEnd('/')}/{name}";
            Assert.Contains(Arguments(assembled)[1..], pattern => Glob(pattern).IsMatch(downloaded));
        }

        Assert.Equal(Enumerable.Range(1, shards.Count), shards.Order());
        Assert.Null(CommandLineCheck.Problem(Arguments(assembled), App.Commands));
        Assert.Single(Sequence(site["steps"]).Cast<YamlMappingNode>(), s => s.Children.TryGetValue("with", out var with) && with is YamlMappingNode map && Scalar(map, "path") == "out/");
    }

    [Fact]
    public void The_gitlab_jobs_build_every_node_of_the_parallel_job_and_assemble_what_they_keep_in_a_later_stage()
    {
        var root = Root(GitLab);
        var stages = Sequence(root["stages"]).Select(s => s.ToString()).ToList();
        var jobs = Jobs(root).Where(j => !j.Name.StartsWith('.')).ToList();
        var (shardName, shard) = Assert.Single(jobs, j => Scripts(j.Job).Any(line => line.Contains("--shard", StringComparison.Ordinal)));
        var (_, site) = Assert.Single(jobs, j => Scripts(j.Job).Any(line => line.StartsWith("./briefing assemble", StringComparison.Ordinal)));
        var total = int.Parse(Scalar(shard, "parallel")!, System.Globalization.CultureInfo.InvariantCulture);
        var kept = Sequence(((YamlMappingNode)shard["artifacts"])["paths"]).Select(p => p.ToString().TrimEnd('/')).ToList();
        var assembled = Assert.Single(Scripts(site), line => line.StartsWith("./briefing assemble", StringComparison.Ordinal));

        Assert.True(total >= 2, $"parallel: {total}");
        Assert.True(stages.IndexOf(Scalar(site, "stage")!) > stages.IndexOf(Scalar(shard, "stage")!), "assemble runs in a stage after the shards'");
        Assert.Contains(shardName, Needs(site));
        foreach (var k in Enumerable.Range(1, total))
        {
            // GitLab numbers the parallel jobs CI_NODE_INDEX 1 to CI_NODE_TOTAL.
            string For(string text) => text
                .Replace("$CI_NODE_INDEX", k.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("$CI_NODE_TOTAL", total.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var args = Arguments(For(Assert.Single(Scripts(shard), line => line.StartsWith("./briefing build", StringComparison.Ordinal))));
            var output = args[args.IndexOf("--out") + 1].TrimEnd('/');

            Assert.Null(CommandLineCheck.Problem(args, App.Commands));
            Assert.Equal(new Shard(k, total), Shard.Parse(args[args.IndexOf("--shard") + 1]));
            Assert.Contains(kept, path => output == path || output.StartsWith(path + "/", StringComparison.Ordinal));
            Assert.Contains(Arguments(assembled)[1..], pattern => Glob(pattern).IsMatch(output));
        }

        Assert.Null(CommandLineCheck.Problem(Arguments(assembled), App.Commands));
        Assert.Contains("out/", Sequence(((YamlMappingNode)site["artifacts"])["paths"]).Select(p => p.ToString()));
    }

    [Fact]
    public void The_tests_run_once_outside_the_shards_before_the_site_is_assembled()
    {
        var workflowJobs = Jobs((YamlMappingNode)Root(Workflow)["jobs"]).ToList();
        var gitlabJobs = Jobs(Root(GitLab)).Where(j => !j.Name.StartsWith('.')).ToList();

        var (workflowTest, workflowTestJob) = Assert.Single(workflowJobs, j => Runs(j.Job).Contains("./briefing test"));
        var (gitlabTest, gitlabTestJob) = Assert.Single(gitlabJobs, j => Scripts(j.Job).Contains("./briefing test"));

        Assert.False(workflowTestJob.Children.ContainsKey("strategy"), "the tests would run once a shard");
        Assert.False(gitlabTestJob.Children.ContainsKey("parallel"), "the tests would run once a shard");
        Assert.Single(Runs(workflowTestJob), line => line == "./briefing test");
        Assert.Contains(workflowTest, Needs(Assert.Single(workflowJobs, j => Runs(j.Job).Any(l => l.StartsWith("./briefing assemble", StringComparison.Ordinal))).Job));
        Assert.Contains(gitlabTest, Needs(Assert.Single(gitlabJobs, j => Scripts(j.Job).Any(l => l.StartsWith("./briefing assemble", StringComparison.Ordinal))).Job));
    }

    [Fact]
    public void One_variable_switches_from_the_one_job_files_to_the_sharded_ones()
    {
        var plainJob = Assert.Single(((YamlMappingNode)Root(PlainWorkflow)["jobs"]).Children.Values.Cast<YamlMappingNode>());
        var plainGitLab = Root(PlainGitLab);
        var include = Assert.Single(Sequence(plainGitLab["include"]).Cast<YamlMappingNode>());
        var gitlabJob = Assert.Single(plainGitLab.Children.Values.OfType<YamlMappingNode>(), j => j.Children.ContainsKey("script"));

        Assert.Equal($"vars.{Switch} != 'true'", Scalar(plainJob, "if"));
        Assert.All(Jobs((YamlMappingNode)Root(Workflow)["jobs"]), j => Assert.Equal($"vars.{Switch} == 'true'", Scalar(j.Job, "if")));
        Assert.Equal(".gitlab/briefings-sharded.yml", Scalar(include, "local"));
        Assert.Equal($"${Switch} == \"true\"", Scalar((YamlMappingNode)Assert.Single(Sequence(include["rules"])), "if"));
        Assert.Equal($"${Switch} != \"true\"", Scalar((YamlMappingNode)Assert.Single(Sequence(gitlabJob["rules"])), "if"));
    }

    private static IEnumerable<(string Name, YamlMappingNode Job)> Jobs(YamlMappingNode jobs) =>
        jobs.Children.Where(j => j.Value is YamlMappingNode).Select(j => (j.Key.ToString(), (YamlMappingNode)j.Value));

    /// <summary>Every line a GitHub job's steps run.</summary>
    private static List<string> Runs(YamlMappingNode job) =>
        Sequence(job["steps"]).Select(s => Scalar((YamlMappingNode)s, "run")).OfType<string>()
            .SelectMany(run => run.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Every line of a GitLab job's script.</summary>
    private static List<string> Scripts(YamlMappingNode job) =>
        job.Children.TryGetValue("script", out var script) ? Sequence(script).Select(l => l.ToString().Trim()).ToList() : [];

    /// <summary>The jobs a job needs: names (GitHub, GitLab) or { job: name } entries (GitLab).</summary>
    private static List<string> Needs(YamlMappingNode job) => job.Children.TryGetValue("needs", out var needs)
        ? needs is YamlScalarNode one ? [one.Value!] : Sequence(needs).Select(n => n is YamlMappingNode m ? Scalar(m, "job")! : n.ToString()).ToList()
        : [];

    /// <summary>A shell line's words after ./briefing, with the quotes the shell would remove.</summary>
    private static List<string> Arguments(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(w => w.Trim('"', '\'')).ToList();

    /// <summary>A shell or artifact pattern (only * is used) as a regular expression over one path.</summary>
    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern.TrimEnd('/')).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "$");
}
