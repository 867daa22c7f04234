using System.Text;

namespace BriefingGen.Verifying;

/// <summary>The intranet page as it is snapshotted: the same on every system, so that only a real change shows.</summary>
internal static class SitePage
{
    /// <summary>One kind of line end, no trailing spaces, one final line end.</summary>
    public static string Normalize(string html)
    {
        var text = new StringBuilder();
        foreach (var line in html.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            text.Append(line.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
