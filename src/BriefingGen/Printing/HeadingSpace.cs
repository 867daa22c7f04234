using System.Globalization;
using System.Text.Json;
using BriefingGen.Finishing;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// The space above a heading gives way, as the skip above a section does in TeX (it has a shrink): a
/// heading kept with its first lines that misses the foot of a page by a few millimetres goes to the next
/// page and leaves this one some 40 mm short. The printed PDF is measured (the preflight's short pages),
/// the headings that open a page after a short one are given half their space above, and the document is
/// printed again; where that did not bring the heading up, its space goes back.
/// </summary>
internal static class HeadingSpace
{
    private const double Shrink = 0.5;

    /// <summary>The PDF with the space above headings shrunk where that fills a page; the PDF as it was where it does not.</summary>
    public static async Task<byte[]> ShrinkAsync(IPage page, byte[] pdf, Func<Task<byte[]>> print, CancellationToken cancellation)
    {
        var headings = After(pdf);
        if (headings.Count == 0)
        {
            return pdf;
        }

        var client = page.Client;
        await client.SendAsync("DOM.enable").WaitAsync(cancellation);
        await client.SendAsync("CSS.enable").WaitAsync(cancellation);
        var document = await client.SendAsync<JsonElement>("DOM.getDocument", new { depth = -1 }).WaitAsync(cancellation);
        var candidates = new List<(int Node, string Text, string? Style)>();
        Collect(document.GetProperty("root"), candidates);

        var changed = new List<(int Node, string Text, string? Style)>();
        foreach (var line in headings.Select(Normal))
        {
            var found = candidates.Where(c => c.Text.StartsWith(line, StringComparison.Ordinal) && !changed.Contains(c)).ToList();
            var margin = found.Count == 1 ? await MarginTopAsync(page, found[0].Node, cancellation) : 0;
            if (margin <= 0)
            {
                continue;
            }

            var style = string.Create(CultureInfo.InvariantCulture, $"{found[0].Style}{(found[0].Style is null ? "" : "; ")}margin-top: {margin * Shrink:0.###}px");
            await client.SendAsync("DOM.setAttributeValue", new { nodeId = found[0].Node, name = "style", value = style }).WaitAsync(cancellation);
            changed.Add(found[0]);
        }

        if (changed.Count == 0)
        {
            return pdf;
        }

        var shrunk = await print().WaitAsync(cancellation);
        var still = After(shrunk).Select(Normal).ToList();
        var failed = changed.Where(c => still.Any(s => c.Text.StartsWith(s, StringComparison.Ordinal))).ToList();
        if (failed.Count == 0)
        {
            return shrunk;
        }

        foreach (var (node, _, style) in failed)
        {
            await (style is null
                ? client.SendAsync("DOM.removeAttribute", new { nodeId = node, name = "style" })
                : client.SendAsync("DOM.setAttributeValue", new { nodeId = node, name = "style", value = style })).WaitAsync(cancellation);
        }

        // Every heading back as it was: the first print is the document's again.
        return failed.Count == changed.Count ? pdf : await print().WaitAsync(cancellation);
    }

    private static async Task<double> MarginTopAsync(IPage page, int node, CancellationToken cancellation)
    {
        var style = await page.Client.SendAsync<JsonElement>("CSS.getComputedStyleForNode", new { nodeId = node }).WaitAsync(cancellation);
        foreach (var property in style.GetProperty("computedStyle").EnumerateArray())
        {
            if (property.GetProperty("name").GetString() == "margin-top"
                && property.GetProperty("value").GetString() is { } value && value.EndsWith("px", StringComparison.Ordinal))
            {
                return double.Parse(value[..^2], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>The headings (h2 to h5) under the node, with their text and their style attribute.</summary>
    private static void Collect(JsonElement node, List<(int Node, string Text, string? Style)> headings)
    {
        if (node.GetProperty("nodeName").GetString() is "H2" or "H3" or "H4" or "H5")
        {
            string? style = null;
            if (node.TryGetProperty("attributes", out var attributes))
            {
                var pairs = attributes.EnumerateArray().Select(a => a.GetString()).ToList();
                for (var i = 0; i + 1 < pairs.Count; i += 2)
                {
                    style = pairs[i] == "style" ? pairs[i + 1] : style;
                }
            }

            headings.Add((node.GetProperty("nodeId").GetInt32(), Normal(Text(node)), style));
            return;
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, headings);
            }
        }
    }

    private static string Text(JsonElement node) =>
        node.GetProperty("nodeType").GetInt32() == 3
            ? node.GetProperty("nodeValue").GetString() ?? ""
            : node.TryGetProperty("children", out var children) ? string.Concat(children.EnumerateArray().Select(Text)) : "";

    /// <summary>Text without what the PDF and the page write differently: spaces, soft hyphens, word joiners.</summary>
    private static string Normal(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00AD' && c != '\u2060'));

    private static IReadOnlyList<string> After(byte[] pdf)
    {
        using var parsed = new ParsedPdf(pdf);
        return Preflight.HeadingsAfterShortPages(parsed);
    }
}
