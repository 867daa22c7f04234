using BriefingGen.Cli;
using Spectre.Console;
using Xunit;

namespace BriefingGen.Tests.Cli;

/// <summary>
/// The live progress display of a build on a terminal: it counts the PDFs as they finish and, however
/// the printing ends, ends itself and gives the cursor back. Drawn on a console that records what it is sent.
/// </summary>
public sealed class LiveBuildProgressTests
{
    private const string ShowCursor = "\u001b[?25h";
    private const string HideCursor = "\u001b[?25l";

    [Fact]
    public void The_display_counts_every_pdf_then_ends_with_the_cursor_shown_before_the_summary_lines()
    {
        var (console, written) = Terminal();
        var progress = new LiveBuildProgress(console, chinese: false, new ManualClock());
        string[] pdfs = ["a.zh.pdf", "a.en.pdf", "b.zh.pdf"];

        progress.Printing(pdfs.Length, 2);
        foreach (var pdf in pdfs)
        {
            progress.Printed(pdf[..1], pdf);
        }

        progress.PrintedAll(TimeSpan.FromSeconds(3));
        var text = written.ToString();

        Assert.Contains(HideCursor, text, StringComparison.Ordinal);
        Assert.Contains($"PDFs {pdfs.Length}/{pdfs.Length}", text, StringComparison.Ordinal);
        var shown = text.LastIndexOf(ShowCursor, StringComparison.Ordinal);
        Assert.True(shown > text.LastIndexOf(HideCursor, StringComparison.Ordinal), "the cursor stays hidden");
        Assert.True(text.IndexOf("Printed and checked", StringComparison.Ordinal) > shown, "the summary is drawn over by the display");
    }

    [Fact]
    public void A_build_that_fails_while_printing_ends_the_display_when_the_progress_is_disposed()
    {
        var (console, written) = Terminal();
        var progress = new LiveBuildProgress(console, chinese: false, new ManualClock());
        progress.Printing(4, 2);
        progress.Printed("a", "a.zh.pdf");

        progress.Dispose();
        var text = written.ToString();

        Assert.True(text.LastIndexOf(ShowCursor, StringComparison.Ordinal) > text.LastIndexOf(HideCursor, StringComparison.Ordinal), "the cursor stays hidden");
        // Disposed twice (by the command's using after an explicit end): no harm.
        progress.Dispose();
    }

    [Fact]
    public void Before_the_first_pdf_the_display_says_nothing_of_the_time_left()
    {
        var (console, written) = Terminal();
        var progress = new LiveBuildProgress(console, chinese: false, new ManualClock());
        progress.Printing(4, 2);
        Thread.Sleep(300);
        progress.Dispose();

        Assert.Contains("PDFs 0/4", written.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("left", written.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A console that takes itself for an ANSI terminal and keeps everything sent to it.</summary>
    private static (IAnsiConsole Console, StringWriter Written) Terminal()
    {
        var written = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(written),
        });
        return (console, written);
    }
}
