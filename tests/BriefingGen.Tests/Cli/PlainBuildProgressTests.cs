using BriefingGen.Cli;
using BriefingGen.Messages;
using Xunit;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// The plain-line progress of a build (CI logs, pipes): one line a finished PDF, with its count, the
/// time since the printing began and the time left at the pace so far; measured with a clock the test moves.
/// </summary>
public sealed class PlainBuildProgressTests
{
    // Seconds between one PDF and the next, uneven so that a wrong average shows.
    private static readonly int[] Gaps = [10, 20, 15, 15];

    [Fact]
    public void Each_finished_pdf_says_its_count_the_time_elapsed_and_the_time_left_at_the_pace_so_far()
    {
        var (lines, expected) = Run(chinese: false);

        Assert.Equal(expected, lines.Where(l => l.StartsWith("PDF ", StringComparison.Ordinal)));
        // The form the issue asks for, once in full: 30 s for two PDFs, two to go.
        Assert.Contains("PDF 2/4 b2.zh.pdf (0:30 elapsed, about 0:30 left)", lines);
    }

    [Fact]
    public void The_pdf_lines_are_in_chinese_when_the_messages_are()
    {
        var (lines, expected) = Run(chinese: true);

        Assert.Equal(expected, lines.Where(l => l.StartsWith("PDF ", StringComparison.Ordinal)));
        Assert.Contains("约剩", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfs_finished_on_many_threads_at_once_are_counted_in_order_each_once()
    {
        var lines = new List<string>();
        var progress = new PlainBuildProgress(lines.Add, chinese: false, new ManualClock());
        const int pdfs = 200;
        progress.Printing(pdfs, 2);

        Parallel.For(0, pdfs, i => progress.Printed("b", $"b{i}.zh.pdf"));

        var counts = lines.Where(l => l.StartsWith("PDF ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(Enumerable.Range(1, pdfs).Select(n => $"{n}/{pdfs}"), counts);
    }

    [Fact]
    public void A_duration_reads_as_a_clock_with_hours_only_when_there_are_some()
    {
        Assert.Equal("0:07", PrintStep.Clock(TimeSpan.FromSeconds(6.6)));
        Assert.Equal("2:05", PrintStep.Clock(TimeSpan.FromSeconds(125)));
        Assert.Equal("1:02:09", PrintStep.Clock(new TimeSpan(1, 2, 9)));
    }

    /// <summary>
    /// Prints Gaps.Length PDFs through the progress, the clock moved by each gap before each; returns
    /// the lines it wrote and the PDF lines expected, worked out here from the gaps alone.
    /// </summary>
    private static (List<string> Lines, List<string> Expected) Run(bool chinese)
    {
        var clock = new ManualClock();
        var lines = new List<string>();
        var progress = new PlainBuildProgress(lines.Add, chinese, clock);
        var expected = new List<string>();
        progress.Printing(Gaps.Length, 2);
        var elapsed = 0;
        for (var done = 1; done <= Gaps.Length; done++)
        {
            clock.Advance(TimeSpan.FromSeconds(Gaps[done - 1]));
            elapsed += Gaps[done - 1];
            var pdf = $"b{done}.zh.pdf";
            progress.Printed($"b{done}", pdf);
            var remaining = Gaps.Length - done;
            var shownElapsed = $"{elapsed / 60}:{elapsed % 60:00}";
            var left = (int)Math.Round((double)elapsed / done * remaining);
            expected.Add(remaining == 0
                ? Catalogue.In(chinese, "progress.pdf-last", done, Gaps.Length, pdf, shownElapsed)
                : Catalogue.In(chinese, "progress.pdf", done, Gaps.Length, pdf, shownElapsed, $"{left / 60}:{left % 60:00}"));
        }

        progress.PrintedAll(TimeSpan.FromSeconds(elapsed));
        return (lines, expected);
    }
}
