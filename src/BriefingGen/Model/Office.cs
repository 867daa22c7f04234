using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// What every briefing of one office shares, read from office.yaml beside the briefing folders.
/// Every field is optional here: a briefing's own briefing.yaml gives what the office does not, and wins.
/// </summary>
internal sealed record Office(
    LocalizedText? Name,
    LocalizedText? Series,
    LocalizedText? Classification,
    OfficeDistribution? Distribution,
    string? Red,
    string DisplayPath)
{
    /// <summary>The office's choice of fonts, stack by stack; the theme's stacks are kept for the others.</summary>
    public IReadOnlyList<FontChoice> Fonts { get; init; } = [];

    /// <summary>The inks the press edition prints the office's red in; null keeps C0 M100 Y100 K0.</summary>
    public Cmyk? PressRed { get; init; }

    /// <summary>The site's address (site_url: absolute http or https, ending in /); null when the office gives none.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>The settings of a folder that has no office.yaml: nothing is shared.</summary>
    public static Office None(string displayPath) => new(null, null, null, null, null, displayPath);

    /// <summary>Whether the file is there (read or not): a missing key is then said to be missing from it, not the file.</summary>
    public bool Exists { get; init; }

    /// <summary>
    /// The keys office.yaml writes ("series", "distribution.copies"), even those written wrong and
    /// already reported: the briefing is then not told that neither file gives them.
    /// </summary>
    public IReadOnlySet<string> Written { get; init; } = new HashSet<string>();

    /// <summary>
    /// The file is there but could not be read (its error is reported): what it would give is
    /// unknown, so a briefing is not told that it gives nothing.
    /// </summary>
    public bool Unreadable { get; init; }

    /// <summary>Whether the office may give <paramref name="key"/>: it writes it, or could not be read.</summary>
    public bool MayGive(string key) => Unreadable || Written.Contains(key);
}

/// <summary>The office's default distribution lines and print run; each may be left to the briefing.</summary>
internal sealed record OfficeDistribution(LocalizedText? ReportTo, LocalizedText? SendTo, LocalizedText? IssueTo, int? Copies);
