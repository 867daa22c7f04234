using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Checking;

/// <summary>Checks that every id a briefing uses, in fields and in prose, names something that exists.</summary>
internal sealed class ReferenceChecker(
    IReadOnlyDictionary<string, Person> people,
    IReadOnlyDictionary<string, Source> sources,
    IReadOnlyDictionary<string, Fact> facts,
    IReadOnlyDictionary<string, Quote> quotes,
    IReadOnlyDictionary<string, Example> examples,
    IReadOnlySet<string> unreadable,
    DiagnosticBag diagnostics)
{
    public HashSet<string> UsedFacts { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedSources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedPeople { get; } = new(StringComparer.Ordinal);

    /// <summary>Every chart met, wherever it sits, for the chart checker.</summary>
    public List<ChartItem> Charts { get; } = [];

    public bool FoundErrors { get; private set; }

    /// <summary>References that write a value in words or as an ordinal, for <see cref="NumberWordsChecker"/>.</summary>
    public List<(FactReference Reference, SourceLocation At)> InWords { get; } = [];

    public void CheckAll(Briefing briefing)
    {
        foreach (var attendee in briefing.Occasion?.Attendees ?? [])
        {
            Expect(attendee, people, "person", UsedPeople);
        }

        foreach (var figure in briefing.KeyFigures)
        {
            Expect(figure, facts, "fact", UsedFacts);
        }

        foreach (var reporter in briefing.Byline?.Reporters ?? [])
        {
            Expect(reporter, people, "person", UsedPeople);
        }

        foreach (var fact in briefing.Facts)
        {
            Expect(fact.Source, sources, "source", UsedSources);
            if (fact.Target?.Source is { } targetSource)
            {
                Expect(targetSource, sources, "source", UsedSources);
            }

            foreach (var operand in (fact.Value?.Derived?.Operands ?? []).Concat(fact.Check?.Operands ?? []))
            {
                Expect(operand, facts, "fact", UsedFacts);
            }
        }

        // The title, subtitle and summary are prose too: a reference there is checked like any other.
        foreach (var text in new[] { briefing.Title, briefing.Subtitle, briefing.Summary }.OfType<LocalizedText>())
        {
            CheckProse(text);
        }

        foreach (var quote in briefing.Quotes)
        {
            Expect(quote.Speaker, people, "person", UsedPeople);
            Expect(quote.Source, sources, "source", UsedSources);
        }

        foreach (var text in BriefingProse.Texts(briefing))
        {
            CheckProse(text);
        }

        foreach (var item in BriefingProse.Blocks(briefing))
        {
            CheckItem(item);
        }
    }

    private void CheckItem(BodyItem item)
    {
        switch (item)
        {
            case QuoteItem quote:
                Expect(quote.Quote, quotes, "quote", null);
                break;
            case ExampleItem example:
                Expect(example.Example, examples, "example", null);
                break;
            case ChartItem chart:
                CheckChart(chart);
                break;
        }
    }

    private void CheckChart(ChartItem chart)
    {
        // What fits which kind of chart is checked once the figures are known (ChartChecker).
        Charts.Add(chart);
        foreach (var reference in chart.Whole is null ? chart.Facts : chart.Facts.Append(chart.Whole))
        {
            Expect(reference, facts, "fact", UsedFacts);
        }
    }

    private void CheckProse(LocalizedText text)
    {
        // Both halves are checked: a reference typed in only one language is still a reference.
        foreach (var segment in Prose.Parse(text.Zh).Concat(Prose.Parse(text.En)))
        {
            switch (segment)
            {
                case MalformedReference bad:
                    Report(Errors.BadReference(text.Location, bad.Written, bad.Problem));
                    break;
                case SourceCitation cite:
                    Expect(new IdRef(cite.SourceId, text.Location), sources, "source", UsedSources);
                    break;
                case FactReference reference:
                    CheckFactReference(reference, text.Location);
                    break;
                case DateMention { Date: null } date:
                    Report(Errors.BadDateInProse(text.Location, date.Written));
                    break;
                case PeriodMention { Period: null } period:
                    Report(Errors.BadPeriodInProse(text.Location, period.Written));
                    break;
            }
        }
    }

    private void CheckFactReference(FactReference reference, SourceLocation at)
    {
        if (!Expect(new IdRef(reference.FactId, at), facts, "fact", UsedFacts))
        {
            return;
        }

        var fact = facts[reference.FactId];
        ReferenceProblem? missing = reference.Member switch
        {
            // A fact with neither value nor target is reported once, at the fact (BG2004).
            FactMember.Value when fact.Value is null && fact.Target is not null => ReferenceProblem.NoValue,
            FactMember.Target or FactMember.By when fact.Target is null && fact.Value is not null => ReferenceProblem.NoTarget,
            FactMember.Period when fact.Period is null => ReferenceProblem.NoPeriod,
            FactMember.By when fact.Target is { By: null } => ReferenceProblem.NoDeadline,
            _ => null,
        };
        if (missing is { } problem)
        {
            Report(Errors.BadReference(at, reference.Written, problem, fact.Id));
        }
        else if (reference is { Style: FigureStyle.Words or FigureStyle.Ordinal, Member: FactMember.Value or FactMember.Target })
        {
            InWords.Add((reference, at));
        }
    }

    private bool Expect<T>(IdRef reference, IReadOnlyDictionary<string, T> known, string kind, HashSet<string>? used)
    {
        // An empty id stands for a field that is missing, which the loader has reported already;
        // a kind whose file could not be read has nothing to compare with.
        if (reference.Id.Length == 0 || (known.Count == 0 && unreadable.Contains(kind)))
        {
            return false;
        }

        if (known.ContainsKey(reference.Id))
        {
            used?.Add(reference.Id);
            return true;
        }

        Report(Errors.UnknownReference(reference.Location, kind, reference.Id, known.Keys));
        return false;
    }

    private void Report(Diagnostic diagnostic)
    {
        FoundErrors |= diagnostic.IsError;
        diagnostics.Add(diagnostic);
    }
}
