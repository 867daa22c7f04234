namespace BriefingGen.Printing;

/// <summary>A font as a PDF embeds it: its name, its type, and whether its outlines are inside the file.</summary>
internal sealed record PdfFontInfo(string Name, string Type, bool Embedded);

/// <summary>One page: its size in points and its text as a reader extracts it, a line a row.</summary>
internal sealed record PdfPageInfo(double Width, double Height, string Text);

/// <summary>What a PDF reader sees of a printed edition; the build checks it and tests snapshot it.</summary>
internal sealed record PdfReport(
    string? Title,
    string? Language,
    bool Tagged,
    IReadOnlyList<string> Outline,
    IReadOnlyList<PdfFontInfo> Fonts,
    IReadOnlyList<PdfPageInfo> Pages)
{
    /// <summary>The document information dictionary's entries that are set (Author, Creator, dates…), by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Information { get; init; } = [];

    /// <summary>Each page's letter scale and off-page text, read whether or not the text was asked for.</summary>
    public IReadOnlyList<PdfPageLayout> Layouts { get; init; } = [];
}
