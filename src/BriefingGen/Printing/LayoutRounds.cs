using BriefingGen.Finishing;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// What CSS cannot say is measured on a print and corrected for the next: blocks padded to whole
/// lines (LineGrid), loose lines tightened (LooseLines), the end block moved to the foot of an even
/// last page (EndBlockPlacement). Each print is read once for all of them, and every correction
/// due goes into the same next print: a print of a Chinese briefing costs more than all the rest
/// of its build, and a PDF read with its content streams nearly as much.
/// </summary>
internal static class LayoutRounds
{
    /// <summary>
    /// A document takes 2–4 prints; the limit is what the corrections could take at most (the grid
    /// once, each of LooseLines' three steps, and three moves of the end block), never reached.
    /// </summary>
    private const int MaxPrints = 8;

    /// <summary>The document printed until a print needs no correction, or the limit is reached.</summary>
    public static async Task<byte[]> PrintAsync(IPage page, Func<Task<byte[]>> print, CancellationToken cancellation)
    {
        var pdf = await print().WaitAsync(cancellation);
        // Measured after a first print, which waited for the fonts: the blocks' heights depend on them.
        var padded = await LineGrid.RoundAsync(page, cancellation);
        var lines = new LooseLines(page);
        var endBlock = new EndBlockSheet(page);
        for (var prints = 1; prints < MaxPrints; prints++)
        {
            if (!await CorrectAsync(pdf, padded, lines, endBlock, cancellation))
            {
                return pdf;
            }

            padded = false;
            pdf = await print().WaitAsync(cancellation);
        }

        return pdf;
    }

    /// <summary>Sets what this print asks to be corrected; false when it asks nothing, and stands.</summary>
    private static async Task<bool> CorrectAsync(byte[] pdf, bool padded, LooseLines lines, EndBlockSheet endBlock, CancellationToken cancellation)
    {
        using var parsed = new ParsedPdf(pdf);
        // A paragraph's lines do not depend on where the pages break, so the grid's pads and the
        // tightening go into one print. The end block waits for a print whose flow nothing else will
        // change: its move is measured from where the flow left it.
        if (await lines.TightenAsync(Preflight.LooseLines(parsed), cancellation) || padded)
        {
            return true;
        }

        if (EndBlockPlacement.Measure(parsed) is { } spot && EndBlockPlacement.Next(endBlock.Move, spot) is { } next)
        {
            await endBlock.SetAsync(next, cancellation);
            return true;
        }

        return false;
    }
}
