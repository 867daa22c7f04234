using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>One block of a section's body (or of the introduction), in reading order.</summary>
internal abstract record BodyItem(SourceLocation Location);

/// <summary>A paragraph of prose that may refer to facts.</summary>
internal sealed record ParagraphItem(LocalizedText Text) : BodyItem(Text.Location);

/// <summary>A quote set as a block, with its speaker.</summary>
internal sealed record QuoteItem(IdRef Quote) : BodyItem(Quote.Location);

/// <summary>A named example (a city, a district, an enterprise), set as a paragraph.</summary>
internal sealed record ExampleItem(IdRef Example) : BodyItem(Example.Location);

/// <summary>Numbered points, set as paragraphs led by 一是…二是… / First, … Second, …</summary>
internal sealed record PointsItem(IReadOnlyList<LocalizedText> Points, SourceLocation At) : BodyItem(At);

/// <summary>A bulleted list.</summary>
internal sealed record ListItem(IReadOnlyList<LocalizedText> Items, SourceLocation At) : BodyItem(At);

/// <summary>A table written in the data: a title, column heads and rows of prose cells.</summary>
internal sealed record TableItem(
    LocalizedText Title,
    IReadOnlyList<LocalizedText> Columns,
    IReadOnlyList<IReadOnlyList<LocalizedText>> Rows,
    SourceLocation At) : BodyItem(At);

/// <summary>An editor's note (编者按), set apart from the body.</summary>
internal sealed record EditorNoteItem(LocalizedText Text) : BodyItem(Text.Location);

/// <summary>How a chart draws its facts.</summary>
internal enum ChartKind
{
    /// <summary>Places in a ranking over the periods, 1 at the top.</summary>
    Ranking,

    /// <summary>How far each fact has come towards its target.</summary>
    Progress,

    /// <summary>Facts compared side by side: one horizontal bar each, labelled by the fact's label.</summary>
    Bars,

    /// <summary>One fact per period, as vertical columns labelled by the period.</summary>
    Columns,

    /// <summary>One fact per period, as a line through points labelled by the period.</summary>
    Line,

    /// <summary>The parts of a whole, as one bar split into segments, with a legend.</summary>
    Stacked,
}

/// <summary>A chart drawn from facts, set as a figure with a caption.</summary>
internal sealed record ChartItem(ChartKind Kind, LocalizedText Title, IReadOnlyList<IdRef> Facts, SourceLocation At) : BodyItem(At)
{
    /// <summary>The whole that a stacked chart's parts make up, shown as its total; null when not given.</summary>
    public IdRef? Whole { get; init; }

    /// <summary>True when the kind was missing or misspelt (and reported): which facts fit is then not known.</summary>
    public bool KindUnknown { get; init; }
}

/// <summary>A headed part of the briefing, which may hold subsections (to four levels in all).</summary>
internal sealed record Section(string Id, LocalizedText Heading, IReadOnlyList<BodyItem> Body, SourceLocation Location)
{
    /// <summary>The sections under this one, numbered one level down.</summary>
    public IReadOnlyList<Section> Subsections { get; init; } = [];
}

/// <summary>A named example the briefing points to: another city, a district or an enterprise.</summary>
internal sealed record Example(string Id, LocalizedText Name, LocalizedText Text, SourceLocation Location);
