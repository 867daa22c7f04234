using BriefingGen.Model;
using Scriban.Runtime;

namespace BriefingGen.Localization;

// The views that templates read. Every string in them is HTML-safe already: data is escaped
// here, once, so that no template can forget to. The few plain-text fields, for sinks that are
// not HTML, are marked ScriptMemberIgnore, so that no template can write them unescaped. An Origin says where in the data an item was
// written (sections.yaml(24,9)), so that an error in a template can name the item it was rendering.

/// <summary>A view of an item written somewhere in the data.</summary>
internal interface IHasOrigin
{
    string Origin { get; }
}

/// <summary>One piece of text in both languages, as HTML.</summary>
internal sealed record Pair(string Zh, string En);

/// <summary>A block of the body in both languages: a paragraph, a quote, an example, points, a list, a table, an editor's note or a chart.</summary>
internal sealed record BlockView(string Kind, Pair Text, Pair? Name, Pair? Role, bool Direct, string Origin) : IHasOrigin
{
    public ChartView? Chart { get; init; }

    /// <summary>The points (each led by its number word) or the list's entries.</summary>
    public IReadOnlyList<Pair> Items { get; init; } = [];

    public TableView? Table { get; init; }
}

/// <summary>A table written in the data: its caption, column heads and rows of cells.</summary>
internal sealed record TableView(Pair Title, IReadOnlyList<Pair> Columns, IReadOnlyList<IReadOnlyList<Pair>> Rows);

/// <summary>One mark of a chart: a period's rank, or a fact's value against its target.</summary>
internal sealed record ChartPoint(Pair Label, decimal Value, Pair ValueText, decimal? Target, Pair? TargetText);

/// <summary>
/// A chart's data, localized: labels and figures in each language's form. The drawing is the
/// renderer's; the description is the chart's text alternative for screen readers.
/// </summary>
internal sealed record ChartView(string Kind, Pair Title, IReadOnlyList<ChartPoint> Points, Pair Description, Pair Notes, string Origin) : IHasOrigin
{
    /// <summary>The whole that a stacked chart's parts make up, shown as its total; null when the data gives none.</summary>
    public ChartPoint? Whole { get; init; }

    /// <summary>Where a line chart's value axis starts: zero, unless the points lie far above it (or below it).</summary>
    public decimal AxisFrom { get; init; }

    /// <summary>What the drawing says when the value axis does not start at zero; null when it does.</summary>
    public Pair? AxisNote { get; init; }

    /// <summary>The chart's anchor without its language, from its English title (see Anchors); each drawing adds its language.</summary>
    public string Anchor { get; init; } = "";
}

/// <summary>A card of the key-figures panel.</summary>
internal sealed record CardView(Pair Label, Pair Value, Pair Period, int Note)
{
    /// <summary>The card's note mark in each language, made where every note mark is made.</summary>
    public Pair NoteMark => new(Html.NoteMark(Note, Language.Zh), Html.NoteMark(Note, Language.En));
}

/// <summary>A numbered section with its heading, blocks and subsections.</summary>
internal sealed record SectionView(string Id, Pair Number, Pair Heading, IReadOnlyList<BlockView> Blocks, string Origin) : IHasOrigin
{
    /// <summary>1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.</summary>
    public int Level { get; init; } = 1;

    /// <summary>The section's anchor, from its id (see Anchors).</summary>
    public string Anchor { get; init; } = "";

    /// <summary>The heading's element, one level below the title's h1, so that the PDF outline nests as the sections do.</summary>
    public string Tag => $"h{Level + 1}";

    public IReadOnlyList<SectionView> Subsections { get; init; } = [];
}

/// <summary>One row of the key-figures table.</summary>
internal sealed record FigureView(Pair Label, Pair Value, Pair Period, Pair Target, int Note, string Origin) : IHasOrigin
{
    /// <summary>The row's note mark in each language, made where every note mark is made.</summary>
    public Pair NoteMark => new(Html.NoteMark(Note, Language.Zh), Html.NoteMark(Note, Language.En));

    /// <summary>The row's anchor, from its fact's id (see Anchors).</summary>
    public string Anchor { get; init; } = "";
}

/// <summary>Which optional columns of the key-figures table some row fills: an empty column is left out.</summary>
internal sealed record FigureColumns(bool Period, bool Target);

/// <summary>A numbered entry of the sources list.</summary>
/// <remarks>The URL is shown as text, not linked: the pages work offline and make no outside request.</remarks>
internal sealed record SourceView(int Number, Pair Text, string? Url, string Origin) : IHasOrigin
{
    /// <summary>The id of the first mark citing this source, per language, for a back-link ("" when none).</summary>
    public Pair Back { get; init; } = new("", "");

    /// <summary>The id of the first Chinese mark's target for the bilingual view, for its back-link ("" when none).</summary>
    public string BackInBoth => Back.Zh == "" ? "" : Html.CiteId(Number, "both");

    /// <summary>The ids of the source's targets for the English and the bilingual views (see Html.NoteMark).</summary>
    public string TargetEn => Html.SourceId(Number, "en");

    public string TargetInBoth => Html.SourceId(Number, "both");
}

/// <summary>The meeting reported on, and its attendees as one line.</summary>
internal sealed record OccasionView(Pair Title, Pair Attendees, Pair Line);

/// <summary>The reporters of the underlying report, as one line.</summary>
internal sealed record BylineView(Pair Reporters, Pair Dateline);

/// <summary>The end block's lines (报/送/发) and the print run.</summary>
internal sealed record DistributionView(Pair ReportTo, Pair SendTo, Pair IssueTo, Pair Copies);

/// <summary>
/// A whole briefing, localized: what the templates render. TitleText is the title as plain text,
/// for plain-text sinks (the document title, the PDF's metadata, the manifest); templates cannot see it.
/// </summary>
internal sealed record BriefingView(
    string Id,
    Pair Series,
    string RunningHead,
    Pair IssueLabel,
    Pair Date,
    Pair Office,
    Pair Classification,
    Pair? Column,
    Pair Title,
    [property: ScriptMemberIgnore] Pair TitleText,
    Pair? Subtitle,
    Pair Summary,
    OccasionView? Occasion,
    BylineView? Byline,
    IReadOnlyList<BlockView> Introduction,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<FigureView> KeyFigures,
    IReadOnlyList<CardView> Cards,
    IReadOnlyList<SourceView> Sources,
    DistributionView? Distribution)
{
    /// <summary>The key-figures table's optional columns that some row fills.</summary>
    public FigureColumns FigureColumns { get; init; } = new(true, true);

    /// <summary>
    /// CSS that sets the office's colours over templates/css/theme.css ("" when the office keeps the
    /// theme's): built only from values checked when read, for the document's &lt;style&gt;.
    /// </summary>
    [ScriptMemberIgnore]
    public string Theme { get; init; } = "";

    /// <summary>The id as a link to the briefing's files writes it: percent-encoded, then HTML-escaped.</summary>
    public string IdInLinks { get; init; } = "";

    /// <summary>The summary as plain text, unescaped, for the manifest (the archive lists it); templates cannot see it.</summary>
    [ScriptMemberIgnore]
    public Pair SummaryText { get; init; } = new("", "");

    /// <summary>The summary as escaped plain text in each language, for the page's meta description that portals show.</summary>
    public Pair Description { get; init; } = new("", "");

    /// <summary>The briefing's date as YYYY-MM-DD, for the &lt;time&gt; element that machines read.</summary>
    public string DateIso { get; init; } = "";
}
