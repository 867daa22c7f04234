using System.Text.RegularExpressions;

namespace BriefingGen.Printing;

/// <summary>
/// Text as both the PDF and the page can be compared by: without what they write differently (spaces,
/// word joiners, note marks), so that a line read from the PDF is found in the paragraph it came from.
/// </summary>
internal static partial class PrintedText
{
    public static string Normal(string text) =>
        string.Concat(NoteMark().Replace(text, "").Where(c => !char.IsWhiteSpace(c) && c != '\u2060'));

    [GeneratedRegex(@"\[\d+\]")]
    public static partial Regex NoteMark();
}
