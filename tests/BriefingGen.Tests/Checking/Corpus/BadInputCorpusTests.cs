using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Checking.Corpus;

/// <summary>
/// Bad inputs, each a small briefing with a mistake (Cases/&lt;case&gt;/ holds the files that differ
/// from Base/; a file named x.yaml.delete removes x.yaml). Each case's report, in both languages,
/// and its exit code are snapshotted beside this file.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly string Here = Folder();

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(Here, "Cases")).Order(StringComparer.Ordinal))
        {
            cases.Add(Path.GetFileName(folder));
        }

        return cases;
    }

    [Fact]
    public void The_base_briefing_is_clean()
    {
        var diagnostics = new DiagnosticBag();

        var briefings = BuildPipeline.LoadAll([Path.Combine(Here, "Base")], diagnostics);

        Assert.NotNull(briefings);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_corpus_has_at_least_forty_cases() => Assert.True(Cases().Count >= 40, $"{Cases().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_problem_is_reported_with_its_place_in_both_languages(string name)
    {
        var folder = Assemble(name);
        try
        {
            var diagnostics = new DiagnosticBag();
            BuildPipeline.LoadAll([folder], diagnostics);
            var sorted = diagnostics.Sorted().ToList();

            Assert.NotEmpty(sorted);
            Assert.All(sorted, d => Assert.False(string.IsNullOrWhiteSpace(d.MessageZh)));
            using (ApprovalResults.ForScenario(name))
            {
                Approvals.Verify(Report(sorted, folder));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Report(IReadOnlyList<Diagnostic> diagnostics, string folder)
    {
        var text = new StringBuilder();
        text.Append("exit code: ").Append(ExitCodes.For(diagnostics)).Append('\n');
        foreach (var chinese in new[] { false, true })
        {
            foreach (var diagnostic in diagnostics)
            {
                text.Append(diagnostic.Format(chinese).Replace(folder, "<briefing>", StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Base/ with the case's files laid over it, in a fresh folder.</summary>
    private static string Assemble(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefinggen-corpus", Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Here, "Base")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(Here, "Cases", name)))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            if (file.EndsWith(".delete", StringComparison.Ordinal))
            {
                File.Delete(target[..^".delete".Length]);
            }
            else
            {
                File.Copy(file, target, overwrite: true);
            }
        }

        return folder;
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
