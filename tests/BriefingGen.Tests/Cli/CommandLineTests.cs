using System.Reflection;

namespace BriefingGen.Tests.Cli;

/// <summary>The command line is read strictly: a typo is refused with exit 2 on standard error and the word meant.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-cli-").FullName;
    private readonly string _caller = Directory.CreateTempSubdirectory("briefinggen-elsewhere-").FullName;

    // A briefing under the repository's data/, whichever staff keep there, and its id with a letter dropped.
    private static readonly string Id = TestPaths.DataBriefings[0];
    private static readonly string Misspelt = Id.Remove(Id.Length / 2, 1);

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_caller, recursive: true);
    }

    [Fact]
    public void A_misspelt_option_is_refused_with_exit_2_on_standard_error_naming_the_option_meant()
    {
        Tool.Project(_root);

        var run = Tool.Run(_root, ["build", "--output", "dist", "--format", "html", "--messages", "en"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("'--output'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean '--out'?", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")), "the build ran anyway");
        Assert.False(Directory.Exists(Path.Combine(_root, "dist")), "the build ran anyway");
    }

    [Fact]
    public void A_misspelt_command_is_refused_with_the_command_meant()
    {
        var run = Tool.Run(_caller, ["buidl", "--messages", "en"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean 'build'?", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("soon")]
    public void A_timeout_that_is_not_a_positive_number_of_seconds_is_refused(string timeout)
    {
        Tool.Project(_root);

        var run = Tool.Run(_root, ["build", "--timeout", timeout, "--format", "html", "--messages", "en"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--timeout", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")), "the build ran anyway");
    }

    [Fact]
    public void Version_prints_the_tools_informational_version()
    {
        var version = typeof(BriefingGen.Cli.App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = Tool.Run(_caller, ["--version"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(version, run.Output.Trim());
    }

    [Fact]
    public void A_relative_out_is_the_callers_folder_and_a_bare_id_is_the_briefing_under_data()
    {
        // Run from a folder outside any project: the tool finds its repository from its own place.
        var run = Tool.Run(_caller, ["build", Id, "--out", "./site", "--format", "html", "--messages", "en"]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(_caller, "site", Id, "index.html")), run.Output + run.Error);
    }

    [Fact]
    public void A_bare_id_that_is_no_briefing_is_a_located_error_with_the_id_meant()
    {
        var run = Tool.Run(_caller, ["check", Misspelt, "--messages", "en"]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains("BG0030", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(TestPaths.Repository, "data", Misspelt) + ": error BG0030", line, StringComparison.Ordinal);
        Assert.Contains($"Did you mean '{Id}'?", line, StringComparison.Ordinal);
    }
}
