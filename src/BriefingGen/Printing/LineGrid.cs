using System.Globalization;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// Keeps the text after a drawing, a card panel or a table on the page's line grid (GB/T 9704: 22 lines
/// a page, so that duplex pages back up): each block the document names is given, below it, what rounds
/// its height up to whole lines. CSS cannot round a box's height to a multiple of a length, so the
/// blocks are measured in the browser, through the DevTools DOM domain (the page runs no JavaScript).
/// </summary>
/// <remarks>
/// The document asks for it on its body: <c>data-line-grid</c> the pitch, <c>data-line-grid-width</c>
/// the type area's width (the width the blocks are measured at) and <c>data-line-grid-blocks</c> a
/// selector of the blocks. Heights, not positions, are rounded: a block that starts on the grid ends on
/// it wherever the pages break, since a page's first line is on the grid by definition.
/// </remarks>
internal static class LineGrid
{
    private const double PixelsPerPoint = 96.0 / 72;

    /// <summary>Less than this is rounding, not a gap to fill: a 64th of a pixel, Chromium's layout unit.</summary>
    private const double Unit = 1 / 64.0;

    /// <summary>Pads the document's blocks to whole lines; false when it asks for no grid or every block already fits it.</summary>
    public static async Task<bool> RoundAsync(IPage page, CancellationToken cancellation)
    {
        var client = page.Client;
        await client.SendAsync("DOM.enable").WaitAsync(cancellation);
        await client.SendAsync("CSS.enable").WaitAsync(cancellation);
        var document = await client.SendAsync<DomDocument>("DOM.getDocument", new { depth = 0 }).WaitAsync(cancellation);
        var body = await client.SendAsync<DomQuery>("DOM.querySelector", new { nodeId = document.Root.NodeId, selector = "[data-line-grid]" }).WaitAsync(cancellation);
        if (body.NodeId == 0)
        {
            return false;
        }

        var attributes = await client.SendAsync<DomAttributes>("DOM.getAttributes", new { nodeId = body.NodeId }).WaitAsync(cancellation);
        var settings = Enumerable.Range(0, attributes.Attributes.Length / 2).ToDictionary(i => attributes.Attributes[2 * i], i => attributes.Attributes[(2 * i) + 1], StringComparer.Ordinal);
        var pitch = Pixels(settings["data-line-grid"]);
        var blocks = await client.SendAsync<DomQueryAll>("DOM.querySelectorAll", new { nodeId = document.Root.NodeId, selector = settings["data-line-grid-blocks"] }).WaitAsync(cancellation);

        // Measured at the type area's width, as the pages will set them.
        var sheet = await client.SendAsync<DomStyleSheet>("CSS.createStyleSheet", new { frameId = page.MainFrame.Id }).WaitAsync(cancellation);
        await client.SendAsync("CSS.setStyleSheetText", new { styleSheetId = sheet.StyleSheetId, text = $"html {{ width: {settings["data-line-grid-width"]}; }}" }).WaitAsync(cancellation);
        var padded = false;
        try
        {
            // Inner blocks first: a pad inside a block makes the block taller.
            foreach (var node in blocks.NodeIds.Reverse())
            {
                var box = (await client.SendAsync<DomBoxModel>("DOM.getBoxModel", new { nodeId = node }).WaitAsync(cancellation)).Model;
                var outer = box.Margin[5] - box.Margin[1];
                var pad = (Math.Ceiling((outer / pitch) - (Unit / pitch)) * pitch) - outer;
                if (pad < Unit)
                {
                    continue;
                }

                // As margin: at a page's foot a margin is cut off with the page, so a block that avoids a
                // break inside it is not pushed to the next page by its pad. The sheets keep the next
                // block's top margin from collapsing with it (print-zh.css, .title-block).
                var style = string.Create(CultureInfo.InvariantCulture, $"margin-bottom: {box.Margin[5] - box.Border[5] + pad:0.####}px");
                await client.SendAsync("DOM.setAttributeValue", new { nodeId = node, name = "style", value = style }).WaitAsync(cancellation);
                padded = true;
            }
        }
        finally
        {
            await client.SendAsync("CSS.setStyleSheetText", new { styleSheetId = sheet.StyleSheetId, text = "" }).WaitAsync(cancellation);
        }

        return padded;
    }

    /// <summary>A CSS length in pt, mm or px, in CSS pixels.</summary>
    private static double Pixels(string length)
    {
        var value = double.Parse(length[..^2], CultureInfo.InvariantCulture);
        return length[^2..] switch
        {
            "pt" => value * PixelsPerPoint,
            "mm" => value * 96 / 25.4,
            "px" => value,
            _ => throw new FormatException($"'{length}' is not a length in pt, mm or px"),
        };
    }
}
