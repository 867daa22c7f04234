using BriefingGen.Model;

namespace BriefingGen.Localization;

/// <summary>The localizer's charts: each point's label and figure in each language, and the chart in words.</summary>
internal sealed partial class Localizer
{
    private ChartView Chart(ChartItem chart)
    {
        var facts = chart.Facts.Select(f => _facts[f.Id]).ToList();
        var whole = chart.Kind == ChartKind.Stacked && chart.Whole is { } w ? _facts[w.Id] : null;
        var points = facts.Select(fact => Point(chart.Kind, fact)).ToList();
        var wholePoint = whole is null ? null : Point(chart.Kind, whole);

        var sources = facts.Concat(whole is null ? [] : [whole])
            .SelectMany(f => chart.Kind == ChartKind.Progress ? [f.Source.Id, f.TargetSource.Id] : new[] { f.Source.Id })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var notes = new Pair(
            string.Concat(sources.Select(id => _notes.Mark(id, Language.Zh))),
            string.Concat(sources.Select(id => _notes.Mark(id, Language.En))));

        var axisFrom = chart.Kind == ChartKind.Line ? ChartAxis.From(points.Select(p => p.Value).ToList()) : 0;
        // An axis that starts below zero shows its zero line, and needs no note.
        var axisNote = axisFrom <= 0
            ? null
            : Both(language => language == Language.Zh
                ? $"纵轴自{AxisText(facts[0], axisFrom, language)}起"
                : $"Axis starts at {AxisText(facts[0], axisFrom, language)}");
        return new ChartView(chart.Kind.ToString().ToLowerInvariant(), Text(chart.Title), points, Describe(chart, points, wholePoint), notes, Origin(chart.Location))
        {
            Anchor = _anchors.Chart(chart.Title.En),
            Whole = wholePoint,
            AxisFrom = axisFrom,
            AxisNote = axisNote,
        };
    }

    private ChartPoint Point(ChartKind kind, Fact fact)
    {
        var value = _facts.ValueOf(fact)!.Value;
        var label = kind is ChartKind.Ranking or ChartKind.Columns or ChartKind.Line
            ? Both(language => PeriodLabel(fact.Period!, language))
            : Text(fact.Label);
        var target = kind == ChartKind.Progress ? fact.Target : null;
        return new ChartPoint(
            label,
            value,
            Both(language => ValueText(fact, language)),
            target?.Value,
            target is null ? null : Both(language => TargetText(fact, target, language)));
    }

    /// <summary>
    /// Where a line's axis starts: a round number in the unit of the fact's figures, so without its
    /// qualifier or the wording of a change (纵轴自40%起, not 自增长40%起).
    /// </summary>
    private static string AxisText(Fact fact, decimal value, Language language)
    {
        var plain = fact.Kind switch
        {
            FactKind.Change or FactKind.Share => fact with { Kind = FactKind.Percent },
            FactKind.Points => fact with { Kind = FactKind.Count, Measure = fact.Measure with { Unit = new LocalizedText("个百分点", "percentage points", fact.Location) } },
            _ => fact,
        };
        return FigureFormat.Format(plain, new Quantity(value, 1), Qualifier.None, fact.Unit, language);
    }

    /// <summary>A period set on its own under a column or a point: in English it begins a label, so with a capital.</summary>
    private static string PeriodLabel(Period period, Language language)
    {
        var text = DateFormat.Period(period, language);
        return language == Language.En && text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    /// <summary>The chart in words, for screen readers and for anyone who cannot see it.</summary>
    private static Pair Describe(ChartItem chart, IReadOnlyList<ChartPoint> points, ChartPoint? whole)
    {
        string Zh(string label, string value) => Plain(label) + (value.Length > 0 && char.IsAsciiDigit(value[0]) ? "为" : "") + value;
        switch (chart.Kind)
        {
            case ChartKind.Ranking:
                return Html.Escape(
                    chart.Title.Zh + "：" + string.Join("，", points.Select(p => $"{Plain(p.Label.Zh)}{Plain(p.ValueText.Zh)}")) + "。",
                    chart.Title.En + ": " + string.Join(", ", points.Select(p => $"{Plain(p.ValueText.En)} in {Plain(p.Label.En)}")) + ".");
            case ChartKind.Progress:
                return Html.Escape(
                    chart.Title.Zh + "：" + string.Join("；", points.Select(p => $"{Plain(p.Label.Zh)}已达{Plain(p.ValueText.Zh)}，目标{Plain(p.TargetText!.Zh)}")) + "。",
                    chart.Title.En + ": " + string.Join("; ", points.Select(p => $"{Plain(p.Label.En)}: {Plain(p.ValueText.En)} of a target of {Plain(p.TargetText!.En)}")) + ".");
            case ChartKind.Columns or ChartKind.Line:
                return Html.Escape(
                    chart.Title.Zh + "：" + string.Join("，", points.Select(p => $"{Plain(p.Label.Zh)}{Plain(p.ValueText.Zh)}")) + "。",
                    chart.Title.En + ": " + string.Join(", ", points.Select(p => $"{Plain(p.ValueText.En)} {InPeriod(Plain(p.Label.En))}")) + ".");
            default:
                var parts = new List<ChartPoint>(points);
                parts.AddRange(whole is null ? [] : [whole]);
                return Html.Escape(
                    chart.Title.Zh + "：" + string.Join("；", parts.Select(p => Zh(p.Label.Zh, Plain(p.ValueText.Zh)))) + "。",
                    chart.Title.En + ": " + string.Join("; ", parts.Select(p => $"{Plain(p.Label.En)}: {Plain(p.ValueText.En)}")) + ".");
        }
    }

    // A period read after a figure: "in 2021", but "as of 31 October 2024" stands as it is.
    private static string InPeriod(string label)
    {
        var period = char.ToLowerInvariant(label[0]) + label[1..];
        return period.StartsWith("as of", StringComparison.Ordinal) ? period : "in " + period;
    }

    // The pairs are HTML already; descriptions are escaped as a whole, so they are unescaped first.
    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(html);
}
