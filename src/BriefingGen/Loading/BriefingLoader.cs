using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Loads a briefing folder's six YAML files into the model, reporting every problem found.</summary>
internal static class BriefingLoader
{
    /// <summary>The briefing, or null when any of its files has an error.</summary>
    public static Briefing? Load(string folder, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var briefing = Read(folder, diagnostics);
        var errorsAfter = diagnostics.Items.Count(d => d.IsError);
        return errorsAfter > errorsBefore ? null : briefing;
    }

    /// <summary>
    /// As much of the briefing as could be read, with blanks where fields are missing, so that the
    /// checker can report what else is wrong in the same pass. Never to be rendered if errors were found.
    /// </summary>
    public static Briefing Read(string folder, DiagnosticBag diagnostics)
    {
        var files = new List<YamlFile>();
        YamlFile Open(string name)
        {
            var file = new YamlFile(Path.Combine(folder, name), diagnostics);
            files.Add(file);
            return file;
        }

        // The office's settings are read first: the briefing's own keys are laid over them.
        var office = OfficeReader.Read(OfficeReader.PathFor(folder), diagnostics, Open);
        var file = Open("briefing.yaml").Load("briefing", new Words("the masthead, title and distribution", "报头、标题和分送范围"));
        var head = file?.Map("briefing");
        file?.RejectUnknownKeys();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        YamlMap? Root(string rootKey, string kind, Words what)
        {
            var root = Open(rootKey + ".yaml").Load(rootKey, what);
            if (root is null)
            {
                unreadable.Add(kind);
            }

            return root;
        }

        var people = PeopleReader.Read(Root("people", "person", new Words("the people named in the briefing", "简报中提到的人物")));
        var sources = SourceReader.Read(Root("sources", "source", new Words("the sources of the figures", "数据来源")));
        var facts = FactReader.Read(Root("facts", "fact", new Words("the figures", "各项数据")));
        var quotes = QuoteReader.Read(Root("quotes", "quote", new Words("what people said", "人物引语")));
        var sections = Root("sections", "example", new Words("the introduction and sections", "引言和正文各部分"));
        var prose = SectionReader.Read(sections);
        if (prose.ExamplesMisspelt)
        {
            unreadable.Add("example");
        }

        var briefing = ReadHead(head, office, folder, people, sources, facts, quotes, prose) with
        {
            Unreadable = unreadable,
            Texts = files.SelectMany(f => f.Texts).ToList(),
        };
        // The folder's name is the briefing's id: it names the output folder, the files and their links.
        if (!Ids.IsBriefingId(briefing.Id))
        {
            diagnostics.Add(Errors.BadFolderName(DisplayPaths.For(folder), briefing.Id));
        }
        else if (SiteFolders.All.Contains(briefing.Id))
        {
            diagnostics.Add(Errors.ReservedBriefingId(DisplayPaths.For(folder), briefing.Id));
        }

        return briefing;
    }

    private static Briefing ReadHead(
        YamlMap? map,
        Office office,
        string folder,
        IReadOnlyList<Person> people,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<Quote> quotes,
        SectionReader.Result prose)
    {
        var location = map?.Location ?? SourceLocation.FileOnly(Path.Combine(folder, "briefing.yaml"));
        var blank = new LocalizedText("", "", location);
        var series = FromEither(map, "series", office.Series, office);
        var issue = map?.Integer("issue");
        var date = map?.Date("date");
        var name = FromEither(map, "office", office.Name, office);
        var classification = FromEither(map, "classification", office.Classification, office);
        var column = map?.Text("column", required: false);
        var title = map?.Prose("title");
        var subtitle = map?.Prose("subtitle", required: false);
        var summary = map?.Prose("summary");
        var occasion = ReadOccasion(map?.Map("occasion", required: false));
        var byline = ReadByline(map?.Map("byline", required: false));
        var distribution = ReadDistribution(map, office);
        var red = map is not null && map.Has("red") ? OfficeReader.Colour(map, "red") : office.Red;
        // A briefing's own choice for a stack wins over the office's, stack by stack.
        var ownFonts = map is null ? [] : OfficeReader.Fonts(map);
        var fonts = ownFonts.Concat(office.Fonts.Where(o => ownFonts.All(f => f.Stack != o.Stack))).ToList();
        var keyFigures = map?.RefList("key_figures", required: false) ?? [];
        map?.RejectUnknownKeys();

        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return new Briefing(
            id, series ?? blank, issue ?? 0, date ?? DateOnly.MinValue, name ?? blank, classification ?? blank, column,
            title ?? blank, subtitle, summary ?? blank, occasion, byline, distribution,
            people, sources, facts, quotes, prose.Introduction, prose.Sections, prose.Examples, location)
        {
            KeyFigures = keyFigures,
            Red = red,
            PressRed = office.PressRed,
            SiteUrl = office.SiteUrl,
            Fonts = fonts,
        };
    }

    /// <summary>
    /// A text the briefing gives, or else the office's; reported, naming both files, when neither
    /// does. A key the briefing writes wrong is its own error, never replaced by the office's.
    /// </summary>
    private static LocalizedText? FromEither(YamlMap? map, string key, LocalizedText? fromOffice, Office office, string? owner = null)
    {
        if (map is null)
        {
            return fromOffice;
        }

        if (map.Has(key))
        {
            return map.Text(key);
        }

        var name = owner is null ? key : $"{owner}.{key}";
        if (fromOffice is null && !map.HasNearMiss(key) && !office.MayGive(OfficeKey(name)))
        {
            map.Diagnose(Errors.OfficeKeyMissing(map.Location, name, office.DisplayPath, office.Exists));
        }

        return fromOffice;
    }

    private static Occasion? ReadOccasion(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var title = map.Text("title");
        var attendees = map.RefList("attendees", required: false);
        map.RejectUnknownKeys();
        return title is null ? null : new Occasion(title, attendees);
    }

    private static Byline? ReadByline(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var reporters = map.RefList("reporters");
        var dateline = map.Text("dateline");
        map.RejectUnknownKeys();
        return dateline is null ? null : new Byline(reporters, dateline);
    }

    /// <summary>
    /// The end block: each line the briefing's distribution gives, or else the office's. None when
    /// neither writes a distribution; then the briefing has no end block.
    /// </summary>
    // The briefing's "office" is the office's "name"; every other key is spelt the same in both.
    private static string OfficeKey(string key) => key == "office" ? "name" : key;

    private static Distribution? ReadDistribution(YamlMap? head, Office office)
    {
        var map = head?.Map("distribution", required: false);
        var shared = office.Distribution;
        if (head is null || (map is null && shared is null))
        {
            return null;
        }

        LocalizedText? Line(string key, LocalizedText? fromOffice)
        {
            if (map is not null)
            {
                return FromEither(map, key, fromOffice, office, "distribution");
            }

            // The briefing writes no distribution: the office's, whole, or a missing line named at the head.
            if (fromOffice is null && !office.MayGive($"distribution.{key}"))
            {
                head.Diagnose(Errors.OfficeKeyMissing(head.Location, $"distribution.{key}", office.DisplayPath, office.Exists));
            }

            return fromOffice;
        }

        var reportTo = Line("report_to", shared?.ReportTo);
        var sendTo = Line("send_to", shared?.SendTo);
        var issueTo = Line("issue_to", shared?.IssueTo);
        var copies = map is not null && map.Has("copies") ? map.Integer("copies") : shared?.Copies;
        if (copies is null && map?.Has("copies") != true && !(map?.HasNearMiss("copies") ?? false) && !office.MayGive("distribution.copies"))
        {
            var at = map ?? head;
            at.Diagnose(Errors.OfficeKeyMissing(at.Location, "distribution.copies", office.DisplayPath, office.Exists));
        }

        map?.RejectUnknownKeys();
        return reportTo is null || sendTo is null || issueTo is null || copies is null
            ? null
            : new Distribution(reportTo, sendTo, issueTo, copies.Value);
    }
}
