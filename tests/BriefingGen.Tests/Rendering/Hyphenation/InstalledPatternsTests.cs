using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Rendering.Hyphenation;

namespace BriefingGen.Tests.Rendering.Hyphenation;

/// <summary>The hyphenation patterns npm ci installs: missing or unreadable, the build says which file and how to reinstall it, and exits 3.</summary>
public sealed class InstalledPatternsTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("briefinggen-patterns-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Missing_hyphenation_patterns_are_reported_with_the_npm_ci_that_installs_them()
    {
        var path = Path.Combine(_scratch, "node_modules", "hyphen", "patterns", "en-gb.js");

        var failure = Assert.Throws<BuildFailedException>(() => InstalledPatterns.Load(path));

        var diagnostic = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG4012", diagnostic.Code);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For(failure.Diagnostics));
        Assert.Equal(path, diagnostic.Location.File);
        Assert.Contains("npm ci", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", diagnostic.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_file_that_is_not_the_packages_is_reported_and_not_thrown_as_a_stack_trace()
    {
        var path = Path.Combine(_scratch, "en-gb.js");
        File.WriteAllText(path, "module.exports = 'not patterns';\n");

        var failure = Assert.Throws<BuildFailedException>(() => InstalledPatterns.Load(path));

        var diagnostic = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG4013", diagnostic.Code);
        Assert.Equal(ExitCodes.Environment, ExitCodes.For(failure.Diagnostics));
        Assert.Contains("npm ci", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("npm ci", diagnostic.MessageZh, StringComparison.Ordinal);
    }
}
