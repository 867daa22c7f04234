using BriefingGen.Diagnostics;
using BriefingGen.Model;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Loading;

/// <summary>Reads sections.yaml: the introduction, the sections with their bodies and subsections, and the named examples.</summary>
internal static class SectionReader
{
    /// <summary>Headings have four levels, as GB/T 9704 numbers them: 一、 （一） 1. （1）.</summary>
    public const int MostLevels = 4;

    /// <summary>Points are numbered in words, 一是 … 十是 / First … Tenth.</summary>
    public const int MostPoints = 10;

    private static readonly string[] TableLists = ["columns", "rows"];

    /// <summary>What sections.yaml holds; ExamplesMisspelt when its 'examples' key is written wrongly, so examples are unknown.</summary>
    public sealed record Result(IReadOnlyList<BodyItem> Introduction, IReadOnlyList<Section> Sections, IReadOnlyList<Example> Examples, bool ExamplesMisspelt = false);

    public static Result Read(YamlMap? root)
    {
        if (root is null)
        {
            return new Result([], [], []);
        }

        var introduction = Blocks(root, root.List("introduction", required: false));
        var sections = root.MapList("sections", "section").Select(map => ReadSection(map, 1)).OfType<Section>().ToList();
        var examples = root.MapList("examples", "example", required: false).Select(ReadExample).OfType<Example>().ToList();
        // The key's old name is refused with its new one, and its entries read all the same, so
        // that the blocks naming them are not reported as well.
        if (root.Has("peers"))
        {
            root.Diagnose(Errors.RenamedKey(root.KeyAt("peers"), "peers", "examples", "examples: [{id, name, text}, …]"));
            examples.AddRange(root.MapList("peers", "example").Select(ReadExample).OfType<Example>());
        }

        var examplesMisspelt = !root.Has("examples") && !root.Has("peers") && root.HasNearMiss("examples");
        root.RejectUnknownKeys();
        return new Result(introduction, sections, examples, examplesMisspelt);
    }

    private static Section? ReadSection(YamlMap map, int level)
    {
        var id = map.Id();
        var heading = map.Prose("heading");
        // A section that holds subsections may go straight to them, with no text of its own.
        var hasSubsections = map.Has("sections");
        var body = Blocks(map, map.List("body", required: !hasSubsections));
        IReadOnlyList<Section> subsections = [];
        if (hasSubsections && level == MostLevels)
        {
            map.Diagnose(Errors.SectionTooDeep(map.KeyAt("sections"), id ?? ""));
        }
        else if (hasSubsections)
        {
            subsections = map.MapList("sections", "section").Select(sub => ReadSection(sub, level + 1)).OfType<Section>().ToList();
        }

        map.RejectUnknownKeys();
        return id is null ? null : new Section(id, heading ?? map.Blank, body, map.Location) { Subsections = subsections };
    }

    private static List<BodyItem> Blocks(YamlMap owner, IEnumerable<YamlNode> nodes) =>
        nodes.Select(node => ReadItem(owner, node)).OfType<BodyItem>().ToList();

    /// <summary>A block is a paragraph {zh, en}, or a map of one key naming its kind: quote, example, points, list, table, editor_note, chart.</summary>
    private static BodyItem? ReadItem(YamlMap owner, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            owner.Diagnose(Errors.WrongShape(owner.At(node), "body item", Expected.BodyItem));
            return null;
        }

        var kind = mapping.Children.Count == 1 ? (mapping.Children.Keys.Single() as YamlScalarNode)?.Value : null;
        if (kind is not ("quote" or "example" or "peer" or "points" or "list" or "table" or "editor_note" or "chart"))
        {
            var text = owner.ProseOf(node, "paragraph");
            return text is null ? null : new ParagraphItem(text);
        }

        var item = owner.MapOf(node, "body item")!;
        switch (kind)
        {
            case "chart":
                return ReadChart(item);
            case "quote":
                return item.Ref("quote") is { } quote ? new QuoteItem(quote) : null;
            case "peer":
                item.Diagnose(Errors.RenamedKey(item.KeyAt("peer"), "peer", "example", "example: id"));
                return item.Ref("peer") is { } peer ? new ExampleItem(peer) : null;
            case "example":
                return item.Ref("example") is { } example ? new ExampleItem(example) : null;
            case "points":
                var points = Texts(item, "points");
                if (points.Count > MostPoints)
                {
                    item.Diagnose(Errors.TooManyPoints(item.LocationOf("points"), points.Count, MostPoints));
                }

                return points.Count == 0 ? null : new PointsItem(points, item.Location);
            case "list":
                var entries = Texts(item, "list");
                return entries.Count == 0 ? null : new ListItem(entries, item.Location);
            case "table":
                return ReadTable(item);
            default:
                return item.Prose("editor_note") is { } note ? new EditorNoteItem(note) : null;
        }
    }

    /// <summary>The entries of points or a list: each a pair read as prose; an empty list is reported.</summary>
    private static List<LocalizedText> Texts(YamlMap item, string key)
    {
        var nodes = item.List(key);
        if (item.IsEmptyList(key))
        {
            item.Diagnose(Errors.EmptyBlock(item.LocationOf(key), key));
        }

        return nodes.Select(node => item.ProseOf(node, key)).OfType<LocalizedText>().ToList();
    }

    private static TableItem? ReadTable(YamlMap item)
    {
        var map = item.Map("table");
        if (map is null)
        {
            return null;
        }

        var title = map.Text("title");
        var columnNodes = map.List("columns");
        var columns = columnNodes.Select(node => map.TextOf(node, "columns")).OfType<LocalizedText>().ToList();
        var rows = new List<IReadOnlyList<LocalizedText>>();
        var rowNodes = map.List("rows");
        foreach (var key in TableLists.Where(map.IsEmptyList))
        {
            map.Diagnose(Errors.EmptyBlock(map.LocationOf(key), key));
        }

        var columnCount = columnNodes.Count;
        foreach (var (rowNode, number) in rowNodes.Select((row, i) => (row, i + 1)))
        {
            if (rowNode is not YamlSequenceNode cells)
            {
                map.Diagnose(Errors.WrongShape(map.At(rowNode), "rows", Expected.Row));
                continue;
            }

            if (columnCount > 0 && cells.Children.Count != columnCount)
            {
                map.Diagnose(Errors.TableRowLength(map.At(rowNode), number, cells.Children.Count, columnCount));
            }

            rows.Add(cells.Children.Select(cell => map.CellOf(cell, "cell")).Select(cell => cell ?? map.Blank).ToList());
        }

        map.RejectUnknownKeys();
        return title is null ? null : new TableItem(title, columns, rows, map.Location);
    }

    private static ChartItem? ReadChart(YamlMap item)
    {
        var map = item.Map("chart");
        if (map is null)
        {
            return null;
        }

        var kind = map.Choice<ChartKind>("kind");
        var title = map.Text("title");
        var facts = map.RefList("facts");
        var whole = map.Ref("whole", required: false);
        map.RejectUnknownKeys();
        return new ChartItem(kind ?? ChartKind.Progress, title ?? map.Blank, facts, map.Location) { Whole = whole, KindUnknown = kind is null };
    }

    private static Example? ReadExample(YamlMap map)
    {
        var id = map.Id();
        var name = map.Text("name");
        var text = map.Prose("text");
        map.RejectUnknownKeys();
        return id is null ? null : new Example(id, name ?? map.Blank, text ?? map.Blank, map.Location);
    }
}
