using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Finishing;
using PuppeteerSharp;

namespace BriefingGen.Printing;

/// <summary>
/// 挤进, as Chinese typesetting pulls a line's last unit back rather than stretch the line: the
/// browser only stretches, so a figure with its note mark and its comma (26.7%[1]，) that misses a
/// line by a fraction of an em leaves that line spread by 15 %. The printed PDF is measured (the
/// preflight's stretch), and the paragraph that holds a line stretched more than 5 % is set a little
/// tighter, in steps small enough that a line still holds 28 characters, and printed again. One
/// instance follows one document through its prints.
/// </summary>
internal sealed partial class LooseLines(IPage page)
{
    // The paragraph's letter-spacing, tighter at each step. The Chinese page sets -0.22 pt at 3号
    // (about -0.014 em); below -0.047 em a 29th character would fit a line of 156 mm.
    private static readonly string[] Steps = ["-0.025em", "-0.035em", "-0.045em"];

    private readonly Dictionary<int, int> _steps = [];
    private List<(int Node, string Text)>? _paragraphs;

    /// <summary>
    /// Sets each paragraph that holds one of the loose lines a step tighter; false when none is left
    /// that can be (none loose, or each already at its tightest), and the print stands as it is.
    /// </summary>
    public async Task<bool> TightenAsync(IReadOnlyList<(string Line, string Next)> loose, CancellationToken cancellation)
    {
        if (loose.Count == 0)
        {
            return false;
        }

        _paragraphs ??= await ParagraphsAsync(cancellation);
        var tightened = false;
        foreach (var (line, next) in loose)
        {
            if (Find(_paragraphs, line, next) is not { } node || _steps.GetValueOrDefault(node, -1) + 1 >= Steps.Length)
            {
                continue;
            }

            var step = _steps[node] = _steps.GetValueOrDefault(node, -1) + 1;
            await page.Client.SendAsync("DOM.setAttributeValue", new { nodeId = node, name = "style", value = $"letter-spacing: {Steps[step]}" }).WaitAsync(cancellation);
            tightened = true;
        }

        return tightened;
    }

    private async Task<List<(int Node, string Text)>> ParagraphsAsync(CancellationToken cancellation)
    {
        await page.Client.SendAsync("DOM.enable").WaitAsync(cancellation);
        var document = await page.Client.SendAsync<JsonElement>("DOM.getDocument", new { depth = -1 }).WaitAsync(cancellation);
        var paragraphs = new List<(int Node, string Text)>();
        Collect(document.GetProperty("root"), paragraphs);
        return paragraphs;
    }

    /// <summary>The paragraph that holds the line and the start of the one after it: its text, as PdfPig reads it, is in the paragraph's.</summary>
    private static int? Find(List<(int Node, string Text)> paragraphs, string line, string next)
    {
        var key = Normal(line) + Normal(next)[..Math.Min(4, Normal(next).Length)];
        foreach (var (node, text) in paragraphs)
        {
            if (text.Contains(key, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The justified blocks (paragraphs and list items) under the node, with their text.</summary>
    private static void Collect(JsonElement node, List<(int Node, string Text)> paragraphs)
    {
        var name = node.GetProperty("nodeName").GetString();
        if (name is "P" or "LI")
        {
            var text = new StringBuilder();
            Text(node, text);
            paragraphs.Add((node.GetProperty("nodeId").GetInt32(), Normal(text.ToString())));
            return;
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, paragraphs);
            }
        }
    }

    private static void Text(JsonElement node, StringBuilder text)
    {
        if (node.GetProperty("nodeType").GetInt32() == 3)
        {
            text.Append(node.GetProperty("nodeValue").GetString());
        }

        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Text(child, text);
            }
        }
    }

    /// <summary>Text without what the PDF and the page write differently: spaces, word joiners, note marks.</summary>
    private static string Normal(string text) => PrintedText.Normal(text);

}
