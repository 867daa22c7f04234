using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Checking.Corpus;

/// <summary>
/// Bad inputs, each a small briefing with a mistake (Cases/&lt;case&gt;/ holds the files that differ
/// from Base/; a file named x.yaml.delete removes x.yaml; folder.name names the briefing's folder;
/// office.yaml is put beside the briefing's folder). Each case's report, in both languages,
/// and its exit code are snapshotted beside this file.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly string Here = Folder();

    // A case's file that holds the name of the briefing's folder, for mistakes in the name itself.
    private const string FolderNameFile = "folder.name";

    // A case's office settings, which go beside the briefing's folder, where the loader looks for them.
    private const string OfficeFile = "office.yaml";

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
        var folder = Assemble(null);
        try
        {
            var diagnostics = new DiagnosticBag();

            var briefings = BuildPipeline.LoadAll([folder], diagnostics);

            Assert.NotNull(briefings);
            Assert.Empty(diagnostics.Items);
        }
        finally
        {
            // The case folder sits in a fresh folder of its own: both go.
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
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
            // The case folder sits in a fresh folder of its own: both go.
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
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
                text.Append(diagnostic.Format(chinese)
                    .Replace(folder, "<briefing>", StringComparison.Ordinal)
                    .Replace(Path.GetDirectoryName(folder)!, "<data>", StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Base/ with the case's files laid over it, in a fresh folder named as a briefing id may be
    /// (the case's name with hyphens), or as the case's file folder.name says.
    /// </summary>
    private static string Assemble(string? name)
    {
        var caseFolder = name is null ? null : Path.Combine(Here, "Cases", name);
        var nameFile = caseFolder is null ? null : Path.Combine(caseFolder, FolderNameFile);
        var folderName = nameFile is not null && File.Exists(nameFile)
            ? File.ReadAllText(nameFile).TrimEnd('\n')
            : (name ?? "base").Replace('_', '-');
        var folder = Path.Combine(Path.GetTempPath(), "briefinggen-corpus", Guid.NewGuid().ToString("N"), folderName);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Here, "Base")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        foreach (var file in caseFolder is null ? [] : Directory.GetFiles(caseFolder))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            if (Path.GetFileName(file) == FolderNameFile)
            {
                continue;
            }

            if (Path.GetFileName(file) == OfficeFile)
            {
                File.Copy(file, Path.Combine(Path.GetDirectoryName(folder)!, OfficeFile));
                continue;
            }

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
