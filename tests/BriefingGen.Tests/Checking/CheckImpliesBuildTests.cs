using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Rendering;
using Xunit;

namespace BriefingGen.Tests.Checking;

/// <summary>
/// "check passing means build passes": hostile values, each put into the Jinan briefing on its
/// own, are either refused by check with an error at a place in the data, or accepted; all the
/// accepted ones together then build, with real Chromium, into a complete output. A value that
/// check accepts and the build refuses is a data problem first found by the browser.
/// </summary>
public sealed class CheckImpliesBuildTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const string Id = "jinan-digital-city";

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-check-build-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A change to one file: the first match of the pattern <see cref="Find"/> becomes <see cref="Replace"/>.</summary>
    private sealed record Edit(string File, string Find, string Replace);

    /// <summary>A hostile value, as the edits that put it into the briefing (or the folder name it is).</summary>
    private sealed record Hostile(string Name, IReadOnlyList<Edit> Edits, string? Folder = null);

    private static readonly string LongWord = new('a', 5000);

    // The ids the values refer to are taken from the briefing, which staff may change: two ranks, the
    // largest count, a percentage, two sources and the first section.
    private static readonly Briefing Jinan = DataViews.Load(Id).Briefing;
    private static readonly string[] Ranks = Jinan.Facts.Where(f => f.Kind == FactKind.Rank && f.Value is not null).Select(f => f.Id).ToArray();
    private static readonly string Rank = Ranks[0];
    private static readonly string OtherRank = Ranks[^1];
    private static readonly string LargestCount = Jinan.Facts.Where(f => f.Kind == FactKind.Count && f.Value?.Typed is not null).MaxBy(f => f.Value!.Typed!.Value)!.Id;
    private static readonly string Percentage = Jinan.Facts.First(f => f.Kind == FactKind.Percent && f.Value is not null).Id;
    private static readonly string Source = Jinan.Sources[0].Id;
    private static readonly string OtherSource = Jinan.Sources[1].Id;
    private static readonly string Section = Jinan.Sections[0].Id;

    /// <summary>A key of briefing.yaml's head (two spaces in) with its value, on one line or more.</summary>
    private static string HeadKey(string key) => $@"(?m)^  {key}:.*(\n    .*)*$";

    /// <summary>A line of a list of entities that gives the entity's id.</summary>
    private static string IdLine(string id) => $@"(?m)^  - id: {Regex.Escape(id)}\n";

    private static IReadOnlyList<Hostile> Catalogue() =>
    [
        // Characters, typed, escaped in YAML, or written as Markdown character references, in prose.
        Prose("escape writing ESC", "\\e[2J\\e[31m"),
        Prose("BEL typed as itself", "\u0007"),
        Prose("NUL escape", "\\0"),
        Prose("C1 control escape", "\\x9B"),
        Prose("lone surrogate escape", "\\uD800"),
        Prose("entity writing ESC", "&#27;[2J"),
        Prose("entity writing BEL in hex", "&#x7;"),
        Prose("entity naming no character", "&#0;"),
        Prose("entity writing a bidi override", "&#x202E;abc"),
        Prose("entity writing an emoji", "&#x1F680;"),
        Prose("entity writing Extension B", "&#x20000;"),
        Prose("named entities", "&amp;&lt;script&gt;&copy;&nbsp;"),
        Prose("entity in a code span", "`&#27;`"),
        Prose("bidi override typed", "\u202Eabc\u202C"),
        Prose("zero-width characters typed", "a\u200Bb\u200Dc\uFEFFd"),
        Prose("emoji typed", "🚀"),
        Prose("Extension B typed", "𠀀𪚥"),
        Prose("private-use characters the renderer uses as markers", "\uE0000\uE001"),
        Prose("line separator", "a\u2028b"),
        Prose("combining marks", "e" + string.Concat(Enumerable.Repeat("\u0301", 20))),
        Prose("emoji variation selector", "©\uFE0F"),
        Prose("5,000-character word", LongWord),
        Prose("5,000-character URL as text", "https://example.com/" + LongWord),

        // Markup and links in prose.
        Prose("script element", "<script>alert(1)</script>"),
        Prose("raw HTML with an event handler", "<img src=x onerror=alert(1)>"),
        Prose("style element", "</style><style>*{{display:none}}</style>"),
        Prose("javascript link", "[x](javascript:alert(1))"),
        Prose("data link", "[x](data:text/html,<script>alert(1)</script>)"),
        Prose("javascript autolink", "<javascript:alert(1)>"),
        Prose("file autolink", "<file:///etc/passwd>"),
        Prose("remote image", "![t](http://example.com/x.png)"),
        Prose("image outside the briefing", "![t](../../../../etc/passwd)"),
        Whole("a paragraph that is a Markdown heading", "# 标题", "# Heading"),
        Whole("a paragraph that is a Markdown list", "- 一\\n- 二", "- one\\n- two"),
        Prose("literal braces", "{{not a reference}}"),
        Prose("reference never closed", "{" + Rank),
        Prose("reference to nothing", "{no_such_fact}"),

        // Words, dates, periods and text as written, in prose.
        Prose("text as written holding markup", "{text:<script>alert(1)</script><img src=x onerror=alert(1)>}"),
        Prose("text as written holding Markdown and a link", "{text:**b** [x](javascript:alert(1)) <https://example.com>}"),
        Prose("text as written holding an entity", "{text:&amp;&lt;b&gt;}"),
        Prose("text as written holding a CSS breakout", "{text:</style><style>*{{display:none}}</style>}"),
        Prose("text as written holding a brace", "{text:a}b}"),
        Prose("text as written holding the renderer's markers", "{text:\uE0000\uE001}"),
        Prose("text as written, empty", "{text:}"),
        Prose("date without its year on 29 February", "{date:02-29}"),
        Prose("date that does not exist", "{date:2025-02-30}"),
        Prose("date in the year 0", "{date:0000-01}"),
        Prose("date with full-width digits", "{date:２０２５-01-10}"),
        Prose("period of months across a year", "{period:2023-11/2024-02}"),
        Prose("period running backwards", "{period:2021-2012}"),
        Prose("period of year 0 and 9999", "{period:0000-9999}"),
        Prose("rank in words", $"{{{Rank}:words}}{{{OtherRank}:ordinal}}"),
        Prose("largest count in words", $"{{{LargestCount}:words}}"),
        Prose("largest count as an ordinal", $"{{{LargestCount}:ordinal}}"),
        Prose("percentage as an ordinal", $"{{{Percentage}:ordinal}}"),
        Figure("rank of 28 digits in words", "rank", "9999999999999999999999999999", null, ":words"),
        Figure("negative count in words", "count", "-5", "unit: {zh: 个, en: \"\"}", ":words"),

        // Blocks beyond paragraphs, in the introduction (which takes any block).
        Block("markup in points", "points: [{zh: \"甲<script>alert(1)</script>乙\", en: \"a <script>alert(1)</script> b\"}, {zh: 丙, en: c}]"),
        Block("markup in a list", "list: [{zh: \"甲<img src=x onerror=alert(1)>\", en: \"a <img src=x onerror=alert(1)>\"}]"),
        Block("markup and a reference in table cells", "table: {title: {zh: \"表<b>\", en: \"T<b>\"}, columns: [{zh: 甲, en: A}, {zh: 乙, en: B}], rows: [[\"<script>alert(1)</script>\", \"{" + Rank + "}\"]]}"),
        Block("table row shorter than its columns", "table: {title: {zh: 表, en: T}, columns: [{zh: 甲, en: A}, {zh: 乙, en: B}], rows: [[x]]}"),
        Block("javascript link in an editor's note", "editor_note: {zh: \"[x](javascript:alert(1))\", en: \"[x](javascript:alert(1))\"}"),
        Block("a peer block under its old name", "peer: shanghai"),

        // Other fields.
        new("5,000-character word in the title", [new("briefing.yaml", HeadKey("title"), $"  title: {{zh: 标题, en: {LongWord}}}")]),
        new("CSS string breakout in the series", [new("office.yaml", HeadKey("series"), "  series: {zh: 政协参阅, en: 'CPPCC\\\"; } * { color: red } /* \\A'}")]),
        new("markup in a role", [new("people.yaml", Regex.Escape("    role:\n      zh: "), "    role:\n      zh: <script>alert(1)</script>")]),
        new("javascript URL of a source", [new("sources.yaml", IdLine(Source), $"  - id: {Source}\n    url: javascript:alert(1)\n")]),
        new("URL of a source breaking out of its attribute", [new("sources.yaml", IdLine(OtherSource), $"  - id: {OtherSource}\n    url: 'https://example.com/\"><script>alert(1)</script>'\n")]),
        new("section id breaking out of its attribute", [new("sections.yaml", IdLine(Section), "  - id: 'x\" onmouseover=\"alert(1)'\n")]),
        Figure("count of 28 digits", "count", "9999999999999999999999999999", "unit: {zh: 个, en: \"\"}"),
        Figure("count too large for a decimal", "count", "79228162514264337593543950335亿", "unit: {zh: 个, en: \"\"}"),
        Figure("rank of 28 digits", "rank", "9999999999999999999999999999", null),
        Figure("money of 28 decimal places", "money", "0.0000000000000000000000000001", null),
        Figure("negative count", "count", "-5", "unit: {zh: 个, en: \"\"}"),
        new("issue number beyond an int", [new("briefing.yaml", HeadKey("issue"), "  issue: 99999999999")]),
        new("date in the year 1", [new("briefing.yaml", HeadKey("date"), "  date: 0001-01-01")]),
        new("print run beyond an int", [new("office.yaml", "copies: ", "copies: 99999999999999999999 #")]),

        // Folder names, which are the briefing's id.
        new("folder name with URL syntax", [], Folder: "a#b?c%41"),
        new("folder name breaking out of an attribute", [], Folder: "a\"><img src=x onerror=alert(1)>"),
    ];

    [Fact]
    public async Task Every_hostile_value_is_refused_by_check_at_its_place_or_builds()
    {
        var accepted = new List<Hostile>();
        var unlocated = new List<string>();
        foreach (var hostile in Catalogue())
        {
            var diagnostics = Check([hostile]);
            var errors = diagnostics.Items.Where(d => d.IsError).Select(d => d.Code).Distinct().ToList();
            output.WriteLine($"{hostile.Name}: {(errors.Count == 0 ? "accepted" : "refused, " + string.Join(", ", errors))}");
            if (ExitCodes.For(diagnostics.Items) == ExitCodes.Ok)
            {
                accepted.Add(hostile);
            }
            else if (!diagnostics.Items.Any(d => d.IsError && IsLocated(d, hostile)))
            {
                unlocated.Add($"{hostile.Name}: {string.Join(" | ", diagnostics.Items.Where(d => d.IsError))}");
            }
        }

        Assert.True(unlocated.Count == 0, "Refused without a place in the data:\n" + string.Join('\n', unlocated));
        var building = accepted;
        Assert.NotEmpty(building);

        var failure = await BuildAsync(building);

        Assert.True(failure is null, $"Check accepted these values, and the build failed:\n{failure}\nValues: {string.Join(", ", building.Select(h => h.Name))}");
    }

    private static Hostile Prose(string name, string written) => Whole(name, $"甲{written}乙", $"a {written} b");

    /// <summary>A new first paragraph of the introduction, written inside double quotes (so YAML escapes work).</summary>
    private static Hostile Whole(string name, string zh, string en) =>
        new(name, [new("sections.yaml", "introduction:\n", $"introduction:\n  - {{zh: \"{zh}\", en: \"{en}\"}}\n")]);

    /// <summary>A new first block of the introduction, written as YAML flow.</summary>
    private static Hostile Block(string name, string block) =>
        new(name, [new("sections.yaml", "introduction:\n", $"introduction:\n  - {block}\n")]);

    /// <summary>A new fact with this value, shown by a new paragraph that refers to it (in a style such as :words).</summary>
    private static Hostile Figure(string name, string kind, string value, string? unit, string style = "")
    {
        var id = "hostile_" + string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();
        var fact = $"facts:\n  - id: {id}\n    label: {{zh: 数值, en: Value}}\n    kind: {kind}\n"
            + (unit is null ? "" : $"    {unit}\n")
            + $"    value: {value}\n    period: 2024\n    source: {Source}\n";
        return new(name, [new("facts.yaml", "facts:\n", fact), new("sections.yaml", "introduction:\n", $"introduction:\n  - {{zh: \"数值为{{{id}{style}}}。\", en: \"The value is {{{id}{style}}}.\"}}\n")]);
    }

    private static bool IsLocated(Diagnostic diagnostic, Hostile hostile) =>
        hostile.Folder is not null
            ? diagnostic.Location.File.Contains(hostile.Folder, StringComparison.Ordinal)
            : diagnostic.Location.Line > 0 && hostile.Edits.Any(e => diagnostic.Location.File.EndsWith(e.File, StringComparison.Ordinal));

    private DiagnosticBag Check(IReadOnlyList<Hostile> values)
    {
        var diagnostics = new DiagnosticBag();
        BuildPipeline.LoadAll([Briefing(Path.Combine(_root, Guid.NewGuid().ToString("N")), values)], diagnostics);
        return diagnostics;
    }

    /// <summary>
    /// Builds all the values in one briefing (a folder name in a briefing of its own, in the same
    /// build); null when every output was written, else what went wrong.
    /// </summary>
    private async Task<string?> BuildAsync(IReadOnlyList<Hostile> values)
    {
        var project = TestProject.WithSharedTemplates(Path.Combine(_root, "project"));
        var folders = values.Where(v => v.Folder is not null)
            .Select(v => Briefing(Path.Combine(_root, Guid.NewGuid().ToString("N")), [v], Path.Combine(project, "data")))
            .Prepend(Briefing(project, values.Where(v => v.Folder is null).ToList()))
            .ToList();
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll(folders, diagnostics);
        if (briefings is null)
        {
            return "check refused them together: " + string.Join(" | ", diagnostics.Items.Where(d => d.IsError));
        }

        var output = Path.Combine(_root, "out");
        try
        {
            await new BuildPipeline(new ProjectPaths(project), _ => { }).BuildAsync(briefings, new BuildOptions(output, Edition.Printed, Pdf: true, Html: true));
        }
        catch (BuildFailedException e)
        {
            return $"exit {ExitCodes.For(e.Diagnostics)}: {string.Join(" | ", e.Diagnostics)}";
        }

        var missing = folders.Select(Path.GetFileName)
            .SelectMany(id => Edition.Printed.Select(e => e.PdfName(id!)).Append("index.html").Append("manifest.json").Select(name => Path.Combine(output, id!, name)))
            .Where(path => !File.Exists(path) || new FileInfo(path).Length == 0)
            .ToList();
        return missing.Count == 0 ? null : "exit 0, but missing: " + string.Join(", ", missing);
    }

    /// <summary>
    /// A copy of the Jinan briefing with the values put in, under data/ of <paramref name="root"/>;
    /// a folder name renames it, moved into <paramref name="data"/> when given.
    /// </summary>
    private static string Briefing(string root, IReadOnlyList<Hostile> values, string? data = null)
    {
        var folder = TestProject.WithJinanData(root);
        foreach (var edit in values.SelectMany(v => v.Edits))
        {
            // The office's settings are beside the briefing's folder, not in it.
            var path = edit.File == "office.yaml" ? BriefingGen.Loading.OfficeReader.PathFor(folder) : Path.Combine(folder, edit.File);
            var text = File.ReadAllText(path, Encoding.UTF8);
            var find = new Regex(edit.Find);
            Assert.True(find.IsMatch(text), $"'{edit.Find}' is not in {edit.File}");
            File.WriteAllText(path, find.Replace(text, _ => edit.Replace, 1), new UTF8Encoding(false));
        }

        if (values.SingleOrDefault(v => v.Folder is not null)?.Folder is { } name)
        {
            var renamed = Path.Combine(data ?? Path.GetDirectoryName(folder)!, name);
            Directory.Move(folder, renamed);
            return renamed;
        }

        return folder;
    }
}
