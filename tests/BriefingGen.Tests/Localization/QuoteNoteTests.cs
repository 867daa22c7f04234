using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Localization;

/// <summary>
/// A quote carries one note per source, as a paragraph does: a figure in it from the quote's own
/// source is covered by the quote's note at its end, not marked a second time. Checked on every
/// quote of every briefing under data/.
/// </summary>
public sealed partial class QuoteNoteTests
{
    public static TheoryData<string> Briefings() => new(TestPaths.DataBriefings);

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_quote_marks_each_of_its_sources_once(string id)
    {
        var diagnostics = new DiagnosticBag();
        var briefing = Assert.Single(BuildPipeline.LoadAll([Path.Combine(TestPaths.Data, id)], diagnostics) ?? []);
        var view = Localizer.Localize(briefing);
        var facts = briefing.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var blocks = view.Introduction.Concat(Sections(view.Sections).SelectMany(s => s.Blocks)).Where(b => b.Kind == "quote").ToList();

        var placed = BriefingProse.Blocks(briefing).OfType<QuoteItem>().ToList();
        Assert.NotEmpty(placed);
        foreach (var item in placed)
        {
            var quote = briefing.Quotes.Single(q => q.Id == item.Quote.Id);
            var sources = Prose.Parse(quote.Text.Zh).OfType<FactReference>()
                .Where(r => r.Member is FactMember.Value or FactMember.Target)
                .Select(r => r.Member == FactMember.Value ? facts[r.FactId].Source.Id : facts[r.FactId].TargetSource.Id)
                .Append(quote.Source.Id)
                .Distinct(StringComparer.Ordinal)
                .Count();
            var block = Assert.Single(blocks, b => b.Origin == item.Location.ToString());
            Assert.Equal(sources, Mark().Count(block.Text.Zh));
            Assert.Equal(sources, Mark().Count(block.Text.En));
        }
    }

    private static IEnumerable<SectionView> Sections(IEnumerable<SectionView> sections) =>
        sections.SelectMany(s => Sections(s.Subsections).Prepend(s));

    [GeneratedRegex("<sup class=\"note\"")]
    private static partial Regex Mark();
}
