using BriefingGen.Tests.Cli;

namespace BriefingGen.Tests.Doctor;

/// <summary>doctor names the programs verify draws pages with, and how to install each one missing.</summary>
public sealed class PageToolTests : IDisposable
{
    private readonly string _root = Tool.Project(Directory.CreateTempSubdirectory("briefinggen-doctor-").FullName);

    [Fact]
    public void Page_tools_off_the_path_are_reported_with_the_package_that_installs_them()
    {
        // Only .NET's own folder on the PATH: neither pdftoppm nor pngquant can be found.
        var dotnet = Path.GetDirectoryName(Environment.ProcessPath)!;
        var result = Tool.Run(_root, ["doctor"], ("PATH", dotnet), ("LANG", "en_GB.UTF-8"));

        Assert.Matches(@"missing\s+pdftoppm: not found: verify cannot compare the pages", result.Output);
        Assert.Contains("sudo apt-get install poppler-utils", result.Output, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install pngquant", result.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public void Page_tools_on_the_path_are_found()
    {
        var result = Tool.Run(_root, ["doctor"], ("LANG", "en_GB.UTF-8"));

        Assert.Matches(@"ok\s+pdftoppm: /\S+/pdftoppm", result.Output);
        Assert.Matches(@"ok\s+pngquant: /\S+/pngquant", result.Output);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
