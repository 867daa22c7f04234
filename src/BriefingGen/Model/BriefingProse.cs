namespace BriefingGen.Model;

/// <summary>
/// Every prose text of a briefing and every block of its body, in reading order: the one walk that
/// the checks share, so that a new kind of block cannot be checked by one and forgotten by another.
/// </summary>
internal static class BriefingProse
{
    /// <summary>Every text rendered as prose (Markdown with references): front matter, headings, blocks, quotes, examples.</summary>
    public static IEnumerable<LocalizedText> Texts(Briefing briefing) =>
        new[] { briefing.Title, briefing.Subtitle, briefing.Summary }.OfType<LocalizedText>()
            .Concat(briefing.Introduction.SelectMany(Texts))
            .Concat(AllSections(briefing.Sections).SelectMany(section => Texts(section.Body).Prepend(section.Heading)))
            .Concat(briefing.Quotes.Select(q => q.Text))
            .Concat(briefing.Examples.Select(e => e.Text));

    /// <summary>Every block of the introduction and of every section at every level.</summary>
    public static IEnumerable<BodyItem> Blocks(Briefing briefing) =>
        briefing.Introduction.Concat(AllSections(briefing.Sections).SelectMany(s => s.Body));

    /// <summary>The sections and their subsections, each before its own subsections.</summary>
    public static IEnumerable<Section> AllSections(IEnumerable<Section> sections) =>
        sections.SelectMany(section => AllSections(section.Subsections).Prepend(section));

    /// <summary>The prose a block holds itself; a quote's or an example's text is written (and walked) where it is defined.</summary>
    public static IEnumerable<LocalizedText> Texts(BodyItem block) => block switch
    {
        ParagraphItem paragraph => [paragraph.Text],
        PointsItem points => points.Points,
        ListItem list => list.Items,
        // A table's title and column heads are plain text; its cells are prose.
        TableItem table => table.Rows.SelectMany(row => row),
        EditorNoteItem note => [note.Text],
        _ => [],
    };

    private static IEnumerable<LocalizedText> Texts(IEnumerable<BodyItem> blocks) => blocks.SelectMany(Texts);
}
