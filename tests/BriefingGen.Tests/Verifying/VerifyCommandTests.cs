using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Cli;
using BriefingGen.Verifying;

namespace BriefingGen.Tests.Verifying;

/// <summary>
/// './briefing verify' as staff and CI run it, on a copy of the project: each kind of change an office
/// makes (the theme's colour, a figure, a template's wording) fails with a readable diff and
/// difference images, and '--accept' clears it.
/// </summary>
public sealed partial class VerifyCommandTests : IDisposable
{
    private readonly VerifyProject _project = new();

    [Fact]
    public void An_unchanged_briefing_is_as_approved_from_another_folder_time_zone_and_locale()
    {
        // The approved snapshots were made in the repository, in UTC, under an English locale.
        var result = _project.Verify([VerifyProject.Id], ("TZ", "Pacific/Chatham"), ("LC_ALL", "zh_CN.UTF-8"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(Directory.Exists(_project.Differences) && Directory.EnumerateFileSystemEntries(_project.Differences).Any());
    }

    [Fact]
    public void The_theme_red_turned_blue_fails_on_the_page_images_alone_and_accept_clears_it()
    {
        var theme = Path.Combine(_project.Templates, "css", "theme.css");
        var css = File.ReadAllText(theme);
        File.WriteAllText(theme, RedVariable().Replace(css, "--red: #1e20e0;", 1));

        var failed = _project.Verify(VerifyProject.Id);

        Assert.Equal(ExitCodes.InputErrors, failed.ExitCode);
        Assert.Contains("error BG0062", failed.Error, StringComparison.Ordinal);
        // A colour is not in any text: the PDFs' text and the intranet page are as approved.
        Assert.DoesNotContain("BG0061", failed.Error, StringComparison.Ordinal);
        var marked = Directory.GetFiles(_project.Differences, "*.diff.png");
        Assert.NotEmpty(marked);
        Assert.All(marked, image =>
        {
            var stem = image[..^".diff.png".Length];
            Assert.True(File.Exists(stem + ".before.png") && File.Exists(stem + ".after.png"), stem);
            Assert.True(Magenta(image) > PageComparison.PixelTolerance, image);
        });

        var approvedBefore = TestProject.Hashes(_project.Snapshots);
        var accepted = _project.Verify("--accept", VerifyProject.Id);
        Assert.True(accepted.ExitCode == 0, accepted.Error);
        Assert.NotEqual(approvedBefore, TestProject.Hashes(_project.Snapshots));

        var again = _project.Verify(VerifyProject.Id);
        Assert.True(again.ExitCode == 0, again.Error);
    }

    [Fact]
    public void A_changed_figure_shows_in_a_unified_diff_of_each_pdf_text_and_in_its_pages()
    {
        var (typedBefore, typedAfter) = ChangeOneFigure();

        var failed = _project.Verify(VerifyProject.Id);

        Assert.Equal(ExitCodes.InputErrors, failed.ExitCode);
        foreach (var text in new[] { "zh.pdf.txt", "en.pdf.txt", "zh-en.pdf.txt" })
        {
            Assert.Matches($@"snapshots/{Regex.Escape(text)}\(\d+,1\): error BG0061", failed.Error);
            Assert.True(File.Exists(Path.Combine(_project.Differences, text + ".diff")), text);
        }

        Assert.Contains("error BG0062", failed.Error, StringComparison.Ordinal);
        // The diff reads as a unified diff: a hunk whose removed and added lines hold the figure as typed.
        var diff = File.ReadAllText(Path.Combine(_project.Differences, "zh.pdf.txt.diff"));
        Assert.StartsWith("--- approved/zh.pdf.txt", diff, StringComparison.Ordinal);
        Assert.Contains("\n@@ ", diff, StringComparison.Ordinal);
        var lines = diff.Split('\n');
        Assert.Contains(lines, line => line.StartsWith('-') && !line.StartsWith("---", StringComparison.Ordinal) && line.Contains(typedBefore, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal) && line.Contains(typedAfter, StringComparison.Ordinal));
        // The same diff is in the log, where CI shows it.
        Assert.Contains(lines.First(line => line.StartsWith("@@", StringComparison.Ordinal)), failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_wording_changed_shows_in_the_diff_of_every_pdf_that_prints_it()
    {
        var endBlock = Path.Combine(_project.Templates, "partials", "end-block.sbn");
        const string Added = "（内部传阅）";
        File.WriteAllText(endBlock, File.ReadAllText(endBlock).Replace("<p class=\"copies\">", "<p class=\"copies\">" + Added, StringComparison.Ordinal));

        var failed = _project.Verify(VerifyProject.Id);

        Assert.Equal(ExitCodes.InputErrors, failed.ExitCode);
        foreach (var text in new[] { "zh.pdf.txt", "en.pdf.txt", "zh-en.pdf.txt" })
        {
            var diff = File.ReadAllText(Path.Combine(_project.Differences, text + ".diff"));
            Assert.Contains(diff.Split('\n'), line => line.StartsWith('+') && line.Contains(Added, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_new_briefing_fails_with_the_command_that_approves_it_and_that_command_works()
    {
        const string Id = "verify-new-briefing";
        Assert.Equal(0, Tool.Run(_project.Root, ["new", Id]).ExitCode);

        var failed = _project.Verify(Id);

        Assert.Equal(ExitCodes.InputErrors, failed.ExitCode);
        Assert.Contains($"data/{Id}/briefing.yaml: error BG0060", failed.Error, StringComparison.Ordinal);
        var command = CommandLine().Match(failed.Error);
        Assert.True(command.Success, failed.Error);
        Assert.Equal($"./briefing verify --accept {Id}", command.Value);

        var accepted = _project.Verify(command.Value["./briefing verify ".Length..].Split(' '));
        Assert.True(accepted.ExitCode == 0, accepted.Error);
        Assert.True(File.Exists(Path.Combine(_project.Root, "data", Id, SnapshotSet.FolderName, "zh.pdf.txt")));
        var again = _project.Verify(Id);
        Assert.True(again.ExitCode == 0, again.Error);
    }

    public void Dispose() => _project.Dispose();

    /// <summary>
    /// Changes the last digit of the first figure typed in the facts whose change the checks still
    /// accept (a figure that a sum or a share depends on may not move alone); the figure as typed before and after.
    /// </summary>
    private (string Before, string After) ChangeOneFigure()
    {
        var facts = Path.Combine(_project.Briefing, "facts.yaml");
        var original = File.ReadAllText(facts);
        foreach (Match typed in TypedFigure().Matches(original))
        {
            var number = typed.Groups["number"];
            var last = number.Value[^1] - '0';
            var changed = number.Value[..^1] + (char)('0' + (last == 9 ? 8 : last + 1));
            File.WriteAllText(facts, original[..number.Index] + changed + original[(number.Index + number.Length)..]);
            var diagnostics = new DiagnosticBag();
            if (BuildPipeline.LoadAll([_project.Briefing], diagnostics, new ProjectPaths(_project.Root)) is not null)
            {
                return (number.Value + typed.Groups["unit"].Value, changed + typed.Groups["unit"].Value);
            }
        }

        throw new InvalidOperationException("No figure of the Jinan briefing can change alone.");
    }

    /// <summary>The count of pixels a difference image marks.</summary>
    private static int Magenta(string png)
    {
        var image = StbImageSharp.ImageResult.FromMemory(File.ReadAllBytes(png), StbImageSharp.ColorComponents.RedGreenBlue);
        var count = 0;
        for (var i = 0; i < image.Data.Length; i += 3)
        {
            count += image.Data[i] == 255 && image.Data[i + 1] == 0 && image.Data[i + 2] == 255 ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"--red:\s*#[0-9a-fA-F]{3,6};")]
    private static partial Regex RedVariable();

    [GeneratedRegex(@"(?m)^\s+value: (?<number>\d+(\.\d+)?)(?<unit>万|亿)?\s*$")]
    private static partial Regex TypedFigure();

    [GeneratedRegex(@"\./briefing verify --accept \S+")]
    private static partial Regex CommandLine();
}
