using System.Diagnostics;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using Xunit;

namespace BriefingGen.Tests.Loading;

/// <summary>
/// Data files that are not plain files: links, a named pipe, a folder. Git cannot hold them, so
/// each test makes its own in a copy of the corpus's base briefing.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    // Loading a briefing takes milliseconds; a read that blocks or never ends takes for ever.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefinggen-special", Guid.NewGuid().ToString("N"));

    private readonly string _briefing;

    public SpecialFileTests()
    {
        _briefing = Path.Combine(_root, "special");
        Directory.CreateDirectory(_briefing);
        var baseFolder = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Checking", "Corpus", "Base");
        foreach (var file in Directory.GetFiles(baseFolder))
        {
            File.Copy(file, Path.Combine(_briefing, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void A_data_file_linked_to_dev_zero_is_refused_as_a_link_out_of_the_folder_without_reading_it()
    {
        Replace("facts.yaml", path => File.CreateSymbolicLink(path, "/dev/zero"));

        var problem = SingleError(LoadQuickly(), "BG0011");

        Assert.EndsWith("facts.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.Contains("/dev/zero", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_file_linked_to_a_file_outside_the_briefing_folder_is_refused()
    {
        var outside = Path.Combine(_root, "people-elsewhere.yaml");
        File.Copy(Path.Combine(_briefing, "people.yaml"), outside);
        Replace("people.yaml", path => File.CreateSymbolicLink(path, outside));

        var problem = SingleError(LoadQuickly(), "BG0011");

        Assert.EndsWith("people.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.Contains(outside, problem.Message, StringComparison.Ordinal);
        Assert.Contains(outside, problem.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_file_linked_to_another_file_in_the_same_folder_is_read()
    {
        File.Move(Path.Combine(_briefing, "people.yaml"), Path.Combine(_briefing, "people.master.yaml"));
        File.CreateSymbolicLink(Path.Combine(_briefing, "people.yaml"), "people.master.yaml");

        var diagnostics = LoadQuickly();

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
    }

    [Fact]
    public void A_link_to_nothing_is_reported_as_a_broken_link_not_as_a_missing_file()
    {
        Replace("quotes.yaml", path => File.CreateSymbolicLink(path, "quotes.old.yaml"));

        var problem = SingleError(LoadQuickly(), "BG0012");

        Assert.EndsWith("quotes.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.Contains("quotes.old.yaml", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_as_a_data_file_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        Replace("sources.yaml", MakeFifo);

        var problem = SingleError(LoadQuickly(), "BG0013");

        Assert.EndsWith("sources.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.Contains("pipe", problem.Message, StringComparison.Ordinal);
        Assert.Contains("管道", problem.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_a_data_file_is_reported_as_a_folder_not_as_missing()
    {
        Replace("people.yaml", path => Directory.CreateDirectory(path));

        var problem = SingleError(LoadQuickly(), "BG0010");

        Assert.EndsWith("people.yaml", problem.Location.File, StringComparison.Ordinal);
        Assert.DoesNotContain(LoadQuickly().Items, d => d.Code == Errors.FileMissing("x", new Words("", "")).Code);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_its_size()
    {
        var path = Path.Combine(_briefing, "sources.yaml");
        File.AppendAllText(path, "\n# " + new string('x', DataFileReader.MaxBytes) + "\n");

        var problem = SingleError(LoadQuickly(), Errors.FileTooLarge("x", 0, 0).Code);

        Assert.Contains((new FileInfo(path).Length / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Replace(string name, Action<string> make)
    {
        var path = Path.Combine(_briefing, name);
        File.Delete(path);
        make(path);
    }

    /// <summary>Loads the briefing, failing (and unblocking a reader stuck on a pipe) if it takes for ever.</summary>
    private DiagnosticBag LoadQuickly()
    {
        var diagnostics = new DiagnosticBag();
        var loading = Task.Run(() => BriefingLoader.Read(_briefing, diagnostics));
        if (!loading.Wait(Patience))
        {
            foreach (var fifo in Directory.GetFiles(_briefing).Where(f => FileKind.Of(f) == FileKindName.Pipe))
            {
                // A writer that opens and closes gives the stuck reader its end of file.
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            }

            Assert.Fail($"Loading did not finish within {Patience.TotalSeconds} seconds.");
        }

        return diagnostics;
    }

    private static Diagnostic SingleError(DiagnosticBag diagnostics, string code)
    {
        var matching = diagnostics.Items.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got:\n{string.Join('\n', diagnostics.Items)}");
        return matching[0];
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
