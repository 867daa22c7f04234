namespace BriefingGen.Finishing;

/// <summary>
/// What a finished PDF says about itself, from the briefing: its title in each of its languages,
/// the office as author, the summary as subject, its languages, its date, and what each internal
/// link points to, for the link's /Contents.
/// </summary>
internal sealed record PdfFacts(
    string Title,
    IReadOnlyList<(string Lang, string Text)> Titles,
    string Author,
    string Subject,
    IReadOnlyList<string> Languages,
    DateTimeOffset Date,
    IReadOnlyDictionary<string, string> Destinations)
{
    /// <summary>The tool, as the PDF's Creator and XMP's CreatorTool (not the browser's user-agent).</summary>
    public const string Creator = "BriefingGen";
}
