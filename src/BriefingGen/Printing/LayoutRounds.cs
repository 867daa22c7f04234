using BriefingGen.Finishing;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// What CSS cannot say is measured on a print and corrected for the next, in this order: blocks
/// padded to whole lines (LineGrid) and loose paragraphs tightened (LooseLines), then a line that
/// tightening could not fix squeezed (LineSqueeze), the space above a heading let give way on an
/// English page that ends short (HeadingSpace), and last the end block moved to the foot of an even
/// last page (EndBlockPlacement), once nothing else will move the flow. A print of a Chinese
/// briefing costs more than all the rest of its build, and reading a PDF's content streams nearly
/// as much: so each print is read once, and corrections that do not depend on each other share one.
/// </summary>
internal static class LayoutRounds
{
    /// <summary>LooseLines' three steps, and one to spare: the most prints the first phase adds.</summary>
    private const int MostTighteningPrints = 4;

    /// <summary>Each print corrects the last one's error, and the first move may also change the page.</summary>
    private const int MostEndBlockPrints = 3;

    /// <summary>The document printed until no correction is left to make, or each phase's limit is reached.</summary>
    public static async Task<byte[]> PrintAsync(IPage page, Func<Task<byte[]>> print, CancellationToken cancellation)
    {
        // The blocks' heights depend on the fonts: measured once the faces the laid-out text uses
        // have loaded, so that the first print already has the grid's pads.
        await page.EvaluateExpressionAsync("document.fonts.ready.then(() => true)").WaitAsync(cancellation);
        await LineGrid.RoundAsync(page, cancellation);
        var pdf = await print().WaitAsync(cancellation);
        var lines = new LooseLines(page);
        IReadOnlyList<(TextLine Line, TextLine Next)> loose;
        for (var prints = 0; ; prints++)
        {
            using (var parsed = new ParsedPdf(pdf))
            {
                loose = Preflight.LooseLineGeometry(parsed);
            }

            if (prints >= MostTighteningPrints || !await lines.TightenAsync(loose.Select(l => (l.Line.Text, l.Next.Text)).ToList(), cancellation))
            {
                break;
            }

            pdf = await print().WaitAsync(cancellation);
        }

        pdf = await LineSqueeze.SqueezeAsync(page, pdf, loose, print, cancellation);
        pdf = await HeadingSpace.ShrinkAsync(page, pdf, print, cancellation);
        return await PlaceEndBlockAsync(page, pdf, print, cancellation);
    }

    private static async Task<byte[]> PlaceEndBlockAsync(IPage page, byte[] pdf, Func<Task<byte[]>> print, CancellationToken cancellation)
    {
        var endBlock = new EndBlockSheet(page);
        for (var prints = 0; prints < MostEndBlockPrints; prints++)
        {
            EndBlockMove? next;
            using (var parsed = new ParsedPdf(pdf))
            {
                next = EndBlockPlacement.Measure(parsed) is { } spot ? EndBlockPlacement.Next(endBlock.Move, spot) : null;
            }

            if (next is null)
            {
                break;
            }

            await endBlock.SetAsync(next, cancellation);
            pdf = await print().WaitAsync(cancellation);
        }

        return pdf;
    }
}
