using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>The meeting a briefing reports on, and who attended it.</summary>
internal sealed record Occasion(LocalizedText Title, IReadOnlyList<IdRef> Attendees);

/// <summary>The report a briefing draws on: its reporters and dateline.</summary>
internal sealed record Byline(IReadOnlyList<IdRef> Reporters, LocalizedText Dateline);

/// <summary>The end block: who the briefing is reported, sent and issued to (报/送/发), and the print run.</summary>
internal sealed record Distribution(LocalizedText ReportTo, LocalizedText SendTo, LocalizedText IssueTo, int Copies);

/// <summary>A whole briefing as loaded from its folder; every node knows where it was written.</summary>
internal sealed record Briefing(
    string Id,
    LocalizedText Series,
    int Issue,
    DateOnly Date,
    LocalizedText Office,
    LocalizedText Classification,
    LocalizedText? Column,
    LocalizedText Title,
    LocalizedText? Subtitle,
    LocalizedText Summary,
    Occasion? Occasion,
    Byline? Byline,
    Distribution? Distribution,
    IReadOnlyList<Person> People,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<BodyItem> Introduction,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Example> Examples,
    SourceLocation Location)
{
    /// <summary>The facts shown as cards in the key-figures panel at the start of each edition.</summary>
    public IReadOnlyList<IdRef> KeyFigures { get; init; } = [];

    /// <summary>The office's red (#rrggbb, checked when read) for the pages' masthead and rules; null keeps the theme's.</summary>
    public string? Red { get; init; }

    /// <summary>The office's inks for its red in the press edition (office.yaml's press_red); null keeps C0 M100 Y100 K0.</summary>
    public Cmyk? PressRed { get; init; }

    /// <summary>The site's address from office.yaml's site_url (absolute, ending in /), for the feed's links; null without one.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>The fonts chosen for the theme's stacks, by the office or, stack by stack, by the briefing.</summary>
    public IReadOnlyList<FontChoice> Fonts { get; init; } = [];

    /// <summary>The kinds of entity (person, source, fact, quote, example) whose file could not be read at all.</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    /// <summary>Every value's characters as written in the files, each with its place, for the font check; empty once the briefing is checked (BuildPipeline.LoadAll).</summary>
    public IReadOnlyList<WrittenText> Texts { get; init; } = [];
}
