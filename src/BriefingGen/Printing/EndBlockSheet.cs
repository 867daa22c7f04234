using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// The end block's move as a style sheet added to the document through the DevTools CSS domain,
/// which needs no JavaScript in the page (EndBlockMove.Css); one per document, made on first use.
/// </summary>
internal sealed class EndBlockSheet(IPage page)
{
    private string? _sheet;

    /// <summary>The move the last print was made with.</summary>
    public EndBlockMove Move { get; private set; } = EndBlockMove.None;

    public async Task SetAsync(EndBlockMove move, CancellationToken cancellation)
    {
        if (_sheet is null)
        {
            await page.Client.SendAsync("DOM.enable").WaitAsync(cancellation);
            await page.Client.SendAsync("CSS.enable").WaitAsync(cancellation);
            var created = await page.Client.SendAsync<CreatedStyleSheet>("CSS.createStyleSheet", new { frameId = page.MainFrame.Id }).WaitAsync(cancellation);
            _sheet = created.StyleSheetId;
        }

        await page.Client.SendAsync("CSS.setStyleSheetText", new { styleSheetId = _sheet, text = move.Css() }).WaitAsync(cancellation);
        Move = move;
    }

    /// <summary>The answer of CSS.createStyleSheet.</summary>
    private sealed record CreatedStyleSheet(string StyleSheetId);
}
