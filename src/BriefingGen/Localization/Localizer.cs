using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Turns a checked briefing into the view the templates render: every string picked for each
/// language, every number formatted, every reference evaluated and every source numbered.
/// </summary>
internal sealed class Localizer
{
    private static readonly string[] ZhSectionNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private readonly Briefing _briefing;
    private readonly FactValues _facts;
    private readonly NoteNumbers _notes = new();
    private readonly ProseRenderer _prose;
    private readonly Dictionary<string, Person> _people;

    private Localizer(Briefing briefing)
    {
        _briefing = briefing;
        _facts = new FactValues(briefing.Facts);
        _prose = new ProseRenderer(_facts, _notes);
        _people = briefing.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public static BriefingView Localize(Briefing briefing) => new Localizer(briefing).Build();

    private BriefingView Build()
    {
        var b = _briefing;

        // Document order matters: notes are numbered as the reader meets them. The title block
        // carries none (see Unnoted), so numbering starts with the introduction.
        var introduction = b.Introduction.Select(Paragraph).ToList();
        var cards = b.KeyFigures.Select(id => Card(_facts[id.Id])).ToList();
        var sections = b.Sections.Select(Section).ToList();
        var figures = b.Facts.Select(Figure).ToList();

        return new BriefingView(
            Html.Escape(b.Id),
            Text(b.Series),
            Css.String($"{b.Series.En} · No. {b.Issue} · {DateFormat.En(b.Date)}"),
            new Pair($"第{b.Issue}期", $"No. {b.Issue}"),
            new Pair(DateFormat.Zh(b.Date), DateFormat.En(b.Date)),
            Text(b.Office),
            Text(b.Classification),
            b.Column is null ? null : Text(b.Column),
            Unnoted(b.Title),
            new Pair(_prose.PlainText(b.Title.Zh, Language.Zh), _prose.PlainText(b.Title.En, Language.En)),
            b.Subtitle is null ? null : Unnoted(b.Subtitle),
            Unnoted(b.Summary),
            b.Occasion is null ? null : Occasion(b.Occasion),
            b.Byline is null ? null : new BylineView(Names(b.Byline.Reporters), Text(b.Byline.Dateline)),
            introduction,
            sections,
            figures,
            cards,
            Sources(),
            b.Distribution is null ? null : Distribution(b.Distribution))
        {
            IdInLinks = Html.Escape(Uri.EscapeDataString(b.Id)),
            FigureColumns = new FigureColumns(b.Facts.Any(f => f.Period is not null), b.Facts.Any(f => f.Target is not null)),
            Theme = b.Red is null ? "" : $":root {{ --red: {Css.String(b.Red)}; }}",
        };
    }

    private SectionView Section(Section section, int index)
    {
        var number = index < ZhSectionNumbers.Length ? ZhSectionNumbers[index] : (index + 1).ToString(CultureInfo.InvariantCulture);
        // Headings carry no notes: a note belongs where the figure is discussed.
        var heading = new Pair(
            _prose.Render(section.Heading.Zh, Language.Zh, withNotes: false),
            _prose.Render(section.Heading.En, Language.En, withNotes: false));
        var blocks = section.Body.Select(Block).ToList();
        return new SectionView(Html.Escape(section.Id), new Pair($"{number}、", $"{index + 1}. "), heading, blocks, Origin(section.Location));
    }

    private BlockView Block(BodyItem item) => item switch
    {
        ParagraphItem paragraph => Paragraph(paragraph),
        QuoteItem quote => Quote(_briefing.Quotes.First(q => q.Id == quote.Quote.Id)) with { Origin = Origin(item.Location) },
        PeerItem peer => Peer(_briefing.Peers.First(p => p.Id == peer.Peer.Id)) with { Origin = Origin(item.Location) },
        ChartItem chart => new BlockView("chart", Text(chart.Title), null, null, false, Origin(chart.Location)) { Chart = Chart(chart) },
        _ => throw new InvalidOperationException($"Unknown body item {item.GetType().Name}"),
    };

    private BlockView Paragraph(ParagraphItem paragraph) =>
        new("paragraph", Prose(paragraph.Text), null, null, false, Origin(paragraph.Location));

    private BlockView Quote(Quote quote)
    {
        var speaker = _people[quote.Speaker.Id];
        var direct = quote.Mode == QuoteMode.Direct;
        var zh = _prose.Render(quote.Text.Zh, Language.Zh);
        var en = _prose.Render(quote.Text.En, Language.En);
        var noteZh = _notes.Mark(quote.Source.Id, Language.Zh);
        var noteEn = _notes.Mark(quote.Source.Id, Language.En);
        var text = direct
            ? new Pair($"“{zh}”{noteZh}", $"“{en}”{noteEn}")
            : new Pair(zh + noteZh, en + noteEn);
        return new BlockView("quote", text, Text(speaker.Name), speaker.Role is null ? null : Text(speaker.Role), direct, Origin(quote.Location));
    }

    private BlockView Peer(Peer peer) => new("peer", Prose(peer.Text), Text(peer.Name), null, false, Origin(peer.Location));

    private CardView Card(Fact fact)
    {
        var value = _facts.ValueOf(fact);
        var shown = value ?? fact.Target!.Value;
        var unit = value is null ? fact.TargetUnit : fact.Unit;
        return new CardView(
            Text(fact.Label),
            new Pair(
                Html.Figure(FigureFormat.Format(shown, fact.Kind, unit, value is null && fact.Target!.AtLeast, Language.Zh)),
                Html.Figure(FigureFormat.Format(shown, fact.Kind, unit, value is null && fact.Target!.AtLeast, Language.En))),
            Both(language => CardPeriod(
                value is null
                    ? (fact.Target!.By is { } by ? DateFormat.Deadline(by, language) : "")
                    : fact.Period is null ? "" : DateFormat.Period(fact.Period, language),
                language)),
            _notes.For(value is null ? fact.TargetSource.Id : fact.Source.Id));
    }

    /// <summary>A card's period as each language sets it after a label: （2024年） or , 2024.</summary>
    private static string CardPeriod(string period, Language language) =>
        period.Length == 0 ? "" : language == Language.Zh ? $"（{period}）" : $", {period}";

    private ChartView Chart(ChartItem chart)
    {
        var facts = chart.Facts.Select(f => _facts[f.Id]).ToList();
        var points = facts.Select(fact =>
        {
            var value = _facts.ValueOf(fact)!.Value;
            var label = chart.Kind == ChartKind.Ranking
                ? Both(language => DateFormat.Period(fact.Period!, language))
                : Text(fact.Label);
            var target = chart.Kind == ChartKind.Progress ? fact.Target : null;
            return new ChartPoint(
                label,
                value,
                Both(language => FigureFormat.Format(value, fact.Kind, fact.Unit, false, language)),
                target?.Value,
                target is null ? null : Both(language => TargetText(fact, target, language)));
        }).ToList();

        var sources = facts.SelectMany(f => chart.Kind == ChartKind.Progress ? [f.Source.Id, f.TargetSource.Id] : new[] { f.Source.Id })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var notes = new Pair(
            string.Concat(sources.Select(id => _notes.Mark(id, Language.Zh))),
            string.Concat(sources.Select(id => _notes.Mark(id, Language.En))));
        return new ChartView(chart.Kind.ToString().ToLowerInvariant(), Text(chart.Title), points, Describe(chart, points), notes, Origin(chart.Location));
    }

    /// <summary>The chart in words, for screen readers and for anyone who cannot see it.</summary>
    private static Pair Describe(ChartItem chart, IReadOnlyList<ChartPoint> points)
    {
        if (chart.Kind == ChartKind.Ranking)
        {
            return Html.Escape(
                chart.Title.Zh + "：" + string.Join("，", points.Select(p => $"{Plain(p.Label.Zh)}{Plain(p.ValueText.Zh)}")) + "。",
                chart.Title.En + ": " + string.Join(", ", points.Select(p => $"{Plain(p.ValueText.En)} in {Plain(p.Label.En)}")) + ".");
        }

        return Html.Escape(
            chart.Title.Zh + "：" + string.Join("；", points.Select(p => $"{Plain(p.Label.Zh)}已达{Plain(p.ValueText.Zh)}，目标{Plain(p.TargetText!.Zh)}")) + "。",
            chart.Title.En + ": " + string.Join("; ", points.Select(p => $"{Plain(p.Label.En)}: {Plain(p.ValueText.En)} of a target of {Plain(p.TargetText!.En)}")) + ".");
    }

    // The pairs are HTML already; descriptions are escaped as a whole, so they are unescaped first.
    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(html);

    private FigureView Figure(Fact fact)
    {
        var value = _facts.ValueOf(fact);
        var target = fact.Target;
        return new FigureView(
            Text(fact.Label),
            Both(language => value is null ? "—" : FigureFormat.Format(value.Value, fact.Kind, fact.Unit, false, language)),
            Both(language => fact.Period is null ? "" : DateFormat.Period(fact.Period, language)),
            Both(language => target is null ? "" : TargetText(fact, target, language)),
            _notes.For(fact.Source.Id),
            Origin(fact.Location));
    }

    private static string TargetText(Fact fact, Target target, Language language)
    {
        var figure = FigureFormat.Format(target.Value, fact.Kind, fact.TargetUnit, target.AtLeast, language);
        if (target.By is not { } by)
        {
            return figure;
        }

        var deadline = DateFormat.Deadline(by, language);
        return language == Language.Zh ? $"{figure}（{deadline}）" : $"{figure} by {deadline}";
    }

    private List<SourceView> Sources()
    {
        var byId = _briefing.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return _notes.Assigned
            .OrderBy(pair => pair.Value)
            .Select(pair => Source(pair.Value, byId[pair.Key]))
            .ToList();
    }

    private SourceView Source(int number, Source source) =>
        SourceText(number, source) with { Back = new Pair(_notes.FirstMark(source.Id, Language.Zh), _notes.FirstMark(source.Id, Language.En)) };

    private static SourceView SourceText(int number, Source source)
    {
        var year = source.Date is { } date ? DateFormat.Zh(date) : source.Year is { } y ? $"{y}年" : null;
        var yearEn = source.Date is { } d ? DateFormat.En(d) : source.Year?.ToString(CultureInfo.InvariantCulture);
        var zh = (source.Publisher is null ? "" : $"{source.Publisher.Zh}：") + $"《{source.Title.Zh}》" + (year is null ? "。" : $"，{year}。");
        var publisherEn = source.Publisher is null ? "" : Html.Escape(source.Publisher.En) + ", ";
        var en = $"{publisherEn}<cite>{Html.Escape(source.Title.En)}</cite>" + (yearEn is null ? "." : $", {yearEn}.");
        return new SourceView(number, new Pair(Html.Escape(zh), en), source.Url is null ? null : Html.Escape(source.Url), Origin(source.Location));
    }

    private static DistributionView Distribution(Distribution distribution) => new(
        Text(distribution.ReportTo),
        Text(distribution.SendTo),
        Text(distribution.IssueTo),
        new Pair($"共印{distribution.Copies}份", $"{distribution.Copies.ToString("N0", CultureInfo.InvariantCulture)} copies printed"));

    /// <summary>
    /// The occasion as one sentence: "济南市政协十五届四次会议闭幕，刘强、杨峰出席会议。" / "Closing of
    /// the Fourth Session …, attended by Liu Qiang and Yang Feng."; without attendees, the title as a
    /// sentence of its own, so that it never stands as a stray line. A stop the title ends in is kept, not doubled.
    /// </summary>
    private OccasionView Occasion(Occasion occasion)
    {
        var names = occasion.Attendees.Select(p => _people[p.Id].Name).ToList();
        var zh = string.Join("、", names.Select(n => n.Zh));
        var en = EnglishList(names.Select(n => n.En).ToList());
        var titleZh = occasion.Title.Zh.TrimEnd('。', '.');
        var titleEn = occasion.Title.En.TrimEnd('.', '。');
        var line = names.Count == 0
            ? Html.Escape($"{titleZh}。", $"{titleEn}.")
            : Html.Escape($"{titleZh}，{zh}出席会议。", $"{titleEn}, attended by {en}.");
        return new OccasionView(Text(occasion.Title), Html.Escape(zh, en), line);
    }

    private Pair Names(IEnumerable<IdRef> people)
    {
        var names = people.Select(p => _people[p.Id].Name).ToList();
        return Html.Escape(string.Join("　", names.Select(n => n.Zh)), EnglishList(names.Select(n => n.En).ToList()));
    }

    /// <summary>Liu Qiang, Yu Haitian and Yang Feng.</summary>
    private static string EnglishList(List<string> names) =>
        names.Count < 2 ? string.Concat(names) : string.Join(", ", names[..^1]) + " and " + names[^1];

    private Pair Prose(LocalizedText text)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var zh = _prose.Render(text.Zh, Language.Zh, cited);
        cited.Clear();
        return new Pair(zh, _prose.Render(text.En, Language.En, cited));
    }

    /// <summary>
    /// Prose of the title block (title, subtitle, summary): its figures carry no note mark, which
    /// would sit in the masthead's title; the note goes where the body first uses the figure.
    /// </summary>
    private Pair Unnoted(LocalizedText text) =>
        new(_prose.Render(text.Zh, Language.Zh, withNotes: false), _prose.Render(text.En, Language.En, withNotes: false));

    private static string Origin(SourceLocation at) => at.ToString();

    private static Pair Text(LocalizedText text) => Html.Escape(text.Zh, text.En);

    private static Pair Both(Func<Language, string> format) => Html.Escape(format(Language.Zh), format(Language.En));
}
