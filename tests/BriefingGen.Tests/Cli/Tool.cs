using System.Diagnostics;

namespace BriefingGen.Tests.Cli;

/// <summary>The generator run as a process, as staff run it: its exit code, standard output and standard error.</summary>
internal static class Tool
{
    public static ToolResult Run(string folder, string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BriefingGen.dll"), .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in new[] { "LANG", "LC_ALL", "LC_MESSAGES" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A throwaway project (the Jinan data, the real templates, or a copy of them, and the fonts) to run the tool in.</summary>
    public static string Project(string root, bool ownTemplates = false)
    {
        TestProject.WithJinanData(root);
        if (ownTemplates)
        {
            TestProject.WithOwnTemplates(root);
        }
        else
        {
            TestProject.WithSharedTemplates(root);
        }

        File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(root, "package.json"));
        return root;
    }
}

/// <summary>What a run of the tool printed, and how it ended.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error);
