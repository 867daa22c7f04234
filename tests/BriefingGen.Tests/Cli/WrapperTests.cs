using System.Diagnostics;
using BriefingGen.Messages;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// The ./briefing wrapper, run by bash in a copy of the repository with a stand-in for dotnet that
/// records what it was asked (and, like dotnet, leaves the tool untouched when it exists).
/// </summary>
public sealed class WrapperTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("briefinggen-wrapper-").FullName;
    private readonly string _caller = Directory.CreateTempSubdirectory("briefinggen-caller-").FullName;
    private readonly string _bin = Directory.CreateTempSubdirectory("briefinggen-fakebin-").FullName;
    private readonly string _log;

    public WrapperTests()
    {
        _log = Path.Combine(_bin, "calls.log");
        Copy("briefing");
        Copy("src/BriefingGen/Messages/messages.tsv");
        Write("src/BriefingGen/Program.cs", "// source");
        Write("templates/css/base.css", "/* style */");
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        var dotnet = Path.Combine(_bin, "dotnet");
        File.WriteAllText(dotnet, """
            #!/bin/sh
            if [ "$1" = publish ]; then
              echo "build" >> "$FAKE_LOG"
              mkdir -p "$2/bin/Release/ready"
              [ -f "$2/bin/Release/ready/BriefingGen.dll" ] || : > "$2/bin/Release/ready/BriefingGen.dll"
              exit 0
            fi
            echo "run $PWD $*" >> "$FAKE_LOG"
            """.Replace("\r", "", StringComparison.Ordinal));
        Process.Start("chmod", ["+x", dotnet])!.WaitForExit();
    }

    public void Dispose()
    {
        Directory.Delete(_repo, recursive: true);
        Directory.Delete(_caller, recursive: true);
        Directory.Delete(_bin, recursive: true);
    }

    [Fact]
    public void An_edited_template_does_not_recompile_the_tool_and_an_edited_source_does_once()
    {
        Run("doctor");
        Assert.Equal(["build", $"run {_caller} {Tool} doctor"], Calls());
        Age("src", "templates", "Directory.Build.props", "Directory.Packages.props");

        // Templates are read at run time: editing one is no reason to compile.
        File.SetLastWriteTimeUtc(Path.Combine(_repo, "templates/css/base.css"), DateTime.UtcNow.AddMinutes(-10));
        Run("doctor");
        Run("doctor");
        Assert.DoesNotContain("build", Calls().Skip(2));

        // A source edited: compiled once, then the stamp has moved even though the tool's file did not.
        File.SetLastWriteTimeUtc(Path.Combine(_repo, "src/BriefingGen/Program.cs"), DateTime.UtcNow.AddMinutes(-10));
        Run("doctor");
        Run("doctor");
        Assert.Equal(1, Calls().Skip(4).Count(c => c == "build"));
    }

    [Fact]
    public void The_tool_runs_in_the_callers_folder_so_relative_paths_are_the_callers()
    {
        Run("check", "--out", "./site");

        Assert.Equal($"run {_caller} {Tool} check --out ./site", Calls().Last());
    }

    [Fact]
    public void The_wrappers_own_lines_are_in_the_users_language()
    {
        var chinese = Run(["doctor"], ("LANG", "zh_CN.UTF-8"));
        File.Delete(Tool);
        var english = Run(["doctor", "--messages", "en"], ("LANG", "zh_CN.UTF-8"));

        Assert.Contains($"briefing: {Catalogue.In(chinese: true, "wrapper.compiling")}", Lines(chinese.Error));
        Assert.Contains($"briefing: {Catalogue.In(chinese: false, "wrapper.compiling")}", Lines(english.Error));
    }

    [Fact]
    public void A_missing_dotnet_is_said_in_chinese_under_a_chinese_locale_with_exit_3()
    {
        File.Delete(Path.Combine(_bin, "dotnet"));

        var result = Run(["build"], ("LC_ALL", "zh_CN.UTF-8"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"briefing: {Catalogue.In(chinese: true, "wrapper.dotnet-missing")}", Lines(result.Error));
    }

    private string Tool => Path.Combine(_repo, "src/BriefingGen/bin/Release/ready/BriefingGen.dll");

    private (int ExitCode, string Error) Run(params string[] args) => Run(args, []);

    private (int ExitCode, string Error) Run(string[] args, params (string Name, string Value)[] environment)
    {
        // bash by its path: the stand-in bin folder is all of PATH, so a deleted dotnet is really missing.
        var start = new ProcessStartInfo("/bin/bash", [Path.Combine(_repo, "briefing"), .. args])
        {
            WorkingDirectory = _caller,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PATH"] = $"{_bin}:/usr/bin:/bin";
        start.Environment["FAKE_LOG"] = _log;
        foreach (var name in new[] { "LANG", "LC_ALL", "LC_MESSAGES" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        if (!File.Exists(Path.Combine(_bin, "dotnet")))
        {
            start.Environment["PATH"] = _bin;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    // bash itself may warn that the machine lacks the locale; the wrapper's own lines are what is tested.
    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.TrimEntries);

    private List<string> Calls() => File.Exists(_log) ? [.. File.ReadAllLines(_log)] : [];

    /// <summary>Moves every file under the given places (the tool and its stamp included) half an hour into the past.</summary>
    private void Age(params string[] places)
    {
        var then = DateTime.UtcNow.AddMinutes(-30);
        foreach (var place in places.Select(p => Path.Combine(_repo, p)))
        {
            var files = Directory.Exists(place) ? Directory.EnumerateFiles(place, "*", SearchOption.AllDirectories) : [place];
            foreach (var file in files)
            {
                File.SetLastWriteTimeUtc(file, then);
            }
        }
    }

    private void Copy(string relative) => Write(relative, File.ReadAllText(Path.Combine(TestPaths.Repository, relative)));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
