using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>
/// Turns a checked briefing into the view the templates render: every string picked for each
/// language, every number formatted, every reference evaluated and every source numbered.
/// </summary>
internal sealed partial class Localizer
{
    private readonly Briefing _briefing;
    private readonly FactValues _facts;
    private readonly NoteNumbers _notes = new();
    private readonly Anchors _anchors = new();
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
        var introduction = b.Introduction.Select(Block).ToList();
        var cards = b.KeyFigures.Select(id => Card(_facts[id.Id])).ToList();
        var sections = b.Sections.Select((section, i) => Section(section, [i + 1])).ToList();
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
            Theme = Theme(b),
            SummaryText = new Pair(_prose.PlainText(b.Summary.Zh, Language.Zh), _prose.PlainText(b.Summary.En, Language.En)),
            Description = Html.Escape(_prose.PlainText(b.Summary.Zh, Language.Zh), _prose.PlainText(b.Summary.En, Language.En)),
            DateIso = b.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A section and its subsections; <paramref name="path"/> is its number and its ancestors' (2, 1 for （一） under 二、).</summary>
    /// <summary>The office's red and fonts over the theme's, as CSS variables; empty when it keeps the theme's.</summary>
    private static string Theme(Briefing b)
    {
        var variables = (b.Red is null ? [] : new[] { $"--red: {Css.String(b.Red)};" })
            .Concat(b.Fonts.Select(f => $"{f.Variable}: {string.Join(", ", f.Families.Select(family => $"'{Css.String(family)}'"))};"))
            .ToList();
        return variables.Count == 0 ? "" : $":root {{ {string.Join(" ", variables)} }}";
    }

    private SectionView Section(Section section, IReadOnlyList<int> path)
    {
        // Headings carry no notes: a note belongs where the figure is discussed.
        var heading = new Pair(
            _prose.Render(section.Heading.Zh, Language.Zh, withNotes: false),
            _prose.Render(section.Heading.En, Language.En, withNotes: false));
        var blocks = section.Body.Select(Block).ToList();
        var subsections = section.Subsections.Select((sub, i) => Section(sub, [.. path, i + 1])).ToList();
        var number = new Pair(HeadingNumbers.Zh(path.Count, path[^1]), HeadingNumbers.En(path));
        return new SectionView(Html.Escape(section.Id), number, heading, blocks, Origin(section.Location))
        {
            Anchor = Anchors.Section(section.Id),
            Level = path.Count,
            Subsections = subsections,
        };
    }

    private BlockView Block(BodyItem item) => item switch
    {
        ParagraphItem paragraph => Paragraph(paragraph),
        QuoteItem quote => Quote(_briefing.Quotes.First(q => q.Id == quote.Quote.Id)) with { Origin = Origin(item.Location) },
        ExampleItem example => Example(_briefing.Examples.First(e => e.Id == example.Example.Id)) with { Origin = Origin(item.Location) },
        ChartItem chart => new BlockView("chart", Text(chart.Title), null, null, false, Origin(chart.Location)) { Chart = Chart(chart) },
        PointsItem points => Items("points", points.Points, Origin(item.Location), numbered: true),
        ListItem list => Items("list", list.Items, Origin(item.Location), numbered: false),
        TableItem table => Table(table),
        EditorNoteItem note => new("editor-note", Prose(note.Text), Html.Escape("编者按：", "Editor’s note: "), null, false, Origin(item.Location)),
        _ => throw new InvalidOperationException($"Unknown body item {item.GetType().Name}"),
    };

    /// <summary>Points, each led by its number word in bold (一是 / First,), or a list's entries.</summary>
    private BlockView Items(string kind, IReadOnlyList<LocalizedText> texts, string origin, bool numbered)
    {
        var items = texts.Select((text, i) =>
        {
            var prose = Prose(text);
            return numbered
                ? new Pair(
                    $"<strong class=\"lead\">{HeadingNumbers.PointZh(i + 1)}</strong>{prose.Zh}",
                    $"<strong class=\"lead\">{HeadingNumbers.PointEn(i + 1)},</strong> {prose.En}")
                : prose;
        }).ToList();
        return new BlockView(kind, new Pair("", ""), null, null, false, origin) { Items = items };
    }

    private BlockView Table(TableItem table)
    {
        var view = new TableView(
            Text(table.Title),
            table.Columns.Select(Text).ToList(),
            table.Rows.Select(row => (IReadOnlyList<Pair>)row.Select(Prose).ToList()).ToList());
        return new BlockView("table", view.Title, null, null, false, Origin(table.Location)) { Table = view };
    }

    private BlockView Paragraph(ParagraphItem paragraph) =>
        new("paragraph", Prose(paragraph.Text), null, null, false, Origin(paragraph.Location));

    private BlockView Quote(Quote quote)
    {
        var speaker = _people[quote.Speaker.Id];
        var direct = quote.Mode == QuoteMode.Direct;
        // The quote's own note, at its end, covers a figure in it from the same source: one mark.
        var zh = _prose.Render(quote.Text.Zh, Language.Zh, new HashSet<string>(StringComparer.Ordinal) { quote.Source.Id });
        var en = _prose.Render(quote.Text.En, Language.En, new HashSet<string>(StringComparer.Ordinal) { quote.Source.Id });
        var noteZh = _notes.Mark(quote.Source.Id, Language.Zh);
        var noteEn = _notes.Mark(quote.Source.Id, Language.En);
        var text = direct
            ? new Pair($"“{zh}”{noteZh}", $"“{en}”{noteEn}")
            : new Pair(zh + noteZh, en + noteEn);
        return new BlockView("quote", text, Text(speaker.Name), speaker.Role is null ? null : Text(speaker.Role), direct, Origin(quote.Location));
    }

    private BlockView Example(Example example) => new("example", Prose(example.Text), Text(example.Name), null, false, Origin(example.Location));

    private CardView Card(Fact fact)
    {
        var value = _facts.QuantityOf(fact);
        string Shown(Language language) => value is null
            ? FigureFormat.TargetValue(fact, fact.Target!, language)
            : FigureFormat.Value(fact, value, language);
        return new CardView(
            Text(fact.Label),
            new Pair(Html.Figure(Shown(Language.Zh)), Html.Figure(Shown(Language.En))),
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

    private FigureView Figure(Fact fact)
    {
        var value = _facts.ValueOf(fact);
        var target = fact.Target;
        return new FigureView(
            Text(fact.Label),
            Both(language => value is null ? "—" : ValueText(fact, language)),
            Both(language => fact.Period is null ? "" : DateFormat.Period(fact.Period, language)),
            Both(language => target is null ? "" : TargetText(fact, target, language)),
            _notes.For(fact.Source.Id),
            Origin(fact.Location))
        {
            Anchor = Anchors.Fact(fact.Id),
        };
    }

    /// <summary>The fact's value as every part of the briefing prints it, with its qualifier.</summary>
    private string ValueText(Fact fact, Language language) => FigureFormat.Value(fact, _facts.QuantityOf(fact)!, language);

    private static string TargetText(Fact fact, Target target, Language language)
    {
        var figure = FigureFormat.TargetValue(fact, target, language);
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
        var zh = (source.Publisher is null ? "" : $"{source.Publisher.Zh}：") + $"《{RangeDash.Apply(source.Title.Zh, Language.Zh)}》" + (year is null ? "。" : $"，{year}。");
        var publisherEn = source.Publisher is null ? "" : Html.Escape(source.Publisher.En) + ", ";
        var en = $"{publisherEn}<cite>{Html.Escape(RangeDash.Apply(source.Title.En, Language.En))}</cite>" + (yearEn is null ? "." : $", {yearEn}.");
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

    private static Pair Text(LocalizedText text) => Html.Escape(RangeDash.Apply(text.Zh, Language.Zh), RangeDash.Apply(text.En, Language.En));

    private static Pair Both(Func<Language, string> format) => Html.Escape(format(Language.Zh), format(Language.En));
}
