using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schemas/ that editors use while typing: the real data passes them, their
/// mistakes fail them, and each object in them allows exactly the keys the loader reads.
/// </summary>
public sealed partial class SchemaTests
{
    // The library registers each schema by its $id, once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    public static TheoryData<string> Files => new() { "briefing", "people", "sources", "facts", "quotes", "sections", "office" };

    /// <summary>Each object of a file: where it is in the YAML, and where its definition is in the schema.</summary>
    public static TheoryData<string, string, string> Objects => new()
    {
        { "briefing", "", "" },
        { "briefing", "briefing", "/$defs/briefing" },
        { "briefing", "briefing.occasion", "/$defs/occasion" },
        { "briefing", "briefing.byline", "/$defs/byline" },
        { "briefing", "briefing.distribution", "/$defs/distribution" },
        { "briefing", "briefing.distribution.report_to", "/$defs/text" },
        { "office", "", "" },
        { "office", "office", "/$defs/office" },
        { "office", "office.distribution", "/$defs/distribution" },
        { "office", "office.name", "/$defs/text" },
        { "briefing", "briefing.title", "/$defs/text" },
        { "people", "", "" },
        { "people", "people.0", "/$defs/person" },
        { "sources", "", "" },
        { "sources", "sources.0", "/$defs/source" },
        { "facts", "", "" },
        { "facts", "facts.0", "/$defs/fact" },
        { "facts", "facts.@target", "/$defs/target" },
        { "facts", "facts.@difference", "/$defs/derivation" },
        { "quotes", "", "" },
        { "quotes", "quotes.0", "/$defs/quote" },
        { "sections", "", "" },
        { "sections", "sections.0", "/$defs/section" },
        { "sections", "examples.0", "/$defs/example" },
        { "sections", "sections.*.body.@chart", "/$defs/chart" },
    };

    public static TheoryData<string, string> DataFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in TestPaths.DataBriefings)
        {
            foreach (var file in Files)
            {
                data.Add(id, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_briefing_under_data_passes_its_schemas(string id, string file)
    {
        var folder = Path.Combine(TestPaths.Data, id);
        var result = Evaluate(file, file == "office" ? OfficeReader.PathFor(folder) : Path.Combine(folder, file + ".yaml"));

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void A_chart_of_every_kind_with_a_whole_passes_the_sections_schema()
    {
        var charts = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Rendering", "Fixtures", "charts", "sections.yaml");

        var result = Evaluate("sections", charts);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void A_briefing_with_every_level_and_every_block_passes_the_sections_schema()
    {
        var result = Evaluate("sections", Path.Combine(NestedStructure, "sections.yaml"));

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("peers: []")]
    [InlineData("sections: [{id: a, heading: {zh: 甲, en: A}, body: [{peer: b}]}]")]
    [InlineData("sections: [{id: a, heading: {zh: 甲, en: A}, body: [{table: {title: {zh: 表, en: T}, columns: [{zh: 甲, en: A}]}}]}]")]
    [InlineData("sections: [{id: a, heading: {zh: 甲, en: A}}]")]
    public void A_structure_the_loader_rejects_fails_the_sections_schema(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefinggen-probe-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, yaml.StartsWith("peers", StringComparison.Ordinal) ? "sections: []\n" + yaml + "\n" : yaml + "\n");

            Assert.False(Evaluate("sections", path).IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_data_file_names_its_schema_for_the_editor(string file)
    {
        var first = File.ReadLines(DataPath(file)).First();
        var schemas = file == "office" ? "../schemas" : "../../schemas";

        Assert.Equal($"# yaml-language-server: $schema={schemas}/{file}.schema.json", first);
    }

    [Theory]
    [InlineData("people", "people.0", "nmae", "\"x\"")]
    [InlineData("facts", "facts.0", "kind", "percentage")]
    [InlineData("facts", "facts.0", "value", "lots")]
    [InlineData("briefing", "briefing.title", "zh", null)]
    [InlineData("office", "office", "red", "red")]
    [InlineData("office", "office", "seires", "\"x\"")]
    public void A_mistake_the_loader_rejects_fails_the_schema_too(string file, string path, string key, string? value)
    {
        var yaml = Path.Combine(Path.GetTempPath(), $"briefinggen-probe-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(yaml, Probe(file, path, key, value));

            Assert.False(Evaluate(file, yaml).IsValid);
        }
        finally
        {
            File.Delete(yaml);
        }
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Each_schema_object_allows_exactly_the_keys_the_loader_reads(string file, string path, string definition)
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath(file)))!;
        var node = definition.Length == 0 ? schema : schema["$defs"]![definition.Split('/')[2]]!;
        var inSchema = node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(inSchema, AllowedByLoader(file, path));
    }

    /// <summary>Adds an unknown key at the path and reads the loader's "Allowed here" list for it.</summary>
    private static List<string> AllowedByLoader(string file, string path)
    {
        // The briefing's folder has a fresh folder of its own, where its office.yaml goes.
        var folder = Path.Combine(Path.GetTempPath(), "briefinggen-schema", Guid.NewGuid().ToString("N"), "briefing");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var yaml in Directory.GetFiles(TestPaths.Jinan, "*.yaml"))
            {
                File.Copy(yaml, Path.Combine(folder, Path.GetFileName(yaml)));
            }

            File.Copy(DataPath("office"), OfficeReader.PathFor(folder));
            File.WriteAllText(file == "office" ? OfficeReader.PathFor(folder) : Path.Combine(folder, file + ".yaml"), Probe(file, path, "zz_probe", "1"));
            var diagnostics = new DiagnosticBag();
            BriefingLoader.Load(folder, diagnostics);
            var unknown = Assert.Single(diagnostics.Items, d => d.Code == "BG1004" && d.Message.Contains("'zz_probe'", StringComparison.Ordinal));
            return AllowedList().Match(unknown.Message).Groups[1].Value.Split(", ").Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    /// <summary>A data file of the Jinan briefing; office.yaml is beside its folder.</summary>
    private static string DataPath(string file) =>
        file == "office" ? OfficeReader.PathFor(TestPaths.Jinan) : Path.Combine(TestPaths.Jinan, file + ".yaml");

    /// <summary>The text of a Jinan file with <paramref name="key"/> set (or removed, for a null value) in the mapping at the path.</summary>
    private static string Probe(string file, string path, string key, string? value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(DataPath(file))));
        var mapping = Find((YamlMappingNode)stream.Documents[0].RootNode, path);
        if (value is null)
        {
            mapping.Children.Remove(new YamlScalarNode(key));
        }
        else
        {
            mapping.Children[new YamlScalarNode(key)] = new YamlScalarNode(value);
        }

        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>
    /// "a.0.b" walks keys and list indexes; "facts.@target" is the first fact's target that exists;
    /// "sections.*.body.@chart" is the first chart of any section, wherever the data has one.
    /// A mapping the data leaves out (the briefing's distribution, given by office.yaml) is added empty.
    /// </summary>
    private static YamlMappingNode Find(YamlMappingNode root, string path)
    {
        IReadOnlyList<YamlNode> nodes = [root];
        foreach (var step in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var sequences = nodes.OfType<YamlSequenceNode>();
            nodes = step == "*" ? sequences.SelectMany(s => s.Children).ToList()
                : step.StartsWith('@') ? sequences.SelectMany(s => s.Children.OfType<YamlMappingNode>())
                    .Select(m => m.Children.TryGetValue(new YamlScalarNode(step[1..] == "difference" ? "value" : step[1..]), out var child) ? child : null)
                    .OfType<YamlMappingNode>().ToList()
                : int.TryParse(step, out var index) ? sequences.Select(s => s.Children[index]).ToList()
                : Children(nodes.OfType<YamlMappingNode>().ToList(), step);
        }

        return nodes.OfType<YamlMappingNode>().First();
    }

    /// <summary>The values of the key in those mappings that have it; else the first mapping's, added empty.</summary>
    private static List<YamlNode> Children(List<YamlMappingNode> mappings, string key)
    {
        var having = mappings.Where(m => m.Children.ContainsKey(new YamlScalarNode(key))).Select(m => m.Children[new YamlScalarNode(key)]).ToList();
        return having.Count > 0 ? having : [Child(mappings[0], key)];
    }

    private static YamlNode Child(YamlMappingNode mapping, string key)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
        {
            child = new YamlMappingNode();
            mapping.Children[new YamlScalarNode(key)] = child;
        }

        return child;
    }

    private static EvaluationResults Evaluate(string file, string yamlPath)
    {
        var schema = Schemas.GetOrAdd(file, name => JsonSchema.FromText(File.ReadAllText(SchemaPath(name))));
        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(yamlPath));
        return schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    private static string NestedStructure => Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Printing", "Fixtures", "nested-structure");

    private static string SchemaPath(string file) => Path.Combine(TestPaths.Repository, "schemas", file + ".schema.json");

    [GeneratedRegex(@"Allowed here: (.*)\.$")]
    private static partial Regex AllowedList();
}
