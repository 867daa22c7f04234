using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Localization;

/// <summary>
/// A figure in the title, subtitle or summary carries no note there: the note goes where the body
/// first uses the figure, and notes are numbered from there.
/// </summary>
public sealed partial class NotesInTheTitleTests
{
    [Fact]
    public void A_figure_in_the_title_block_has_its_note_where_the_body_first_uses_it()
    {
        var diagnostics = new DiagnosticBag();
        var briefing = Assert.Single(BuildPipeline.LoadAll([TestPaths.Fixture("figure-in-title")], diagnostics)!);
        var view = Localizer.Localize(briefing);
        var titleFact = briefing.Facts.Single(f => briefing.Title.Zh.Contains($"{{{f.Id}}}", StringComparison.Ordinal));
        var number = view.Sources.Single(s => s.Origin == briefing.Sources.Single(x => x.Id == titleFact.Source.Id).Location.ToString()).Number;

        foreach (var edition in Edition.Printed.Append(Edition.Site))
        {
            var html = new HtmlRenderer(TestPaths.Templates).Render(view, edition);
            var titleBlocks = TitleBlock().Matches(html);
            Assert.NotEmpty(titleBlocks);
            Assert.All(titleBlocks, block => Assert.DoesNotContain("<sup", block.Value, StringComparison.Ordinal));
        }

        // In the body, the title's figure is the first cited, so its source is note 1, marked there.
        var paragraph = view.Sections[0].Blocks[0].Text;
        foreach (var (text, language) in new[] { (paragraph.Zh, Model.Language.Zh), (paragraph.En, Model.Language.En) })
        {
            var first = NoteNumber().Match(text);
            Assert.True(first.Success, text);
            Assert.Equal(number, int.Parse(first.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(view.Sources.Min(s => s.Number), number);
            var figureAt = text.IndexOf(FigureText(briefing, titleFact, language), StringComparison.Ordinal);
            Assert.InRange(figureAt, 0, first.Index);
        }
    }

    private static string FigureText(Model.Briefing briefing, Model.Fact fact, Model.Language language) =>
        new ProseRenderer(new FactValues(briefing.Facts), new NoteNumbers()).Render($"{{{fact.Id}}}", language, withNotes: false);

    [GeneratedRegex(@"<div class=""title-block"".*?</div>", RegexOptions.Singleline)]
    private static partial Regex TitleBlock();

    // A mark's first link is to its source: the item, or its English text (Html.NoteMark).
    [GeneratedRegex(@"<sup class=""note""[^>]*>(?:<span[^>]*></span>)?<a href=""#source-(\d+)(?:-en)?"">")]
    private static partial Regex NoteNumber();
}
