using BriefingGen.Diagnostics;
using BriefingGen.Model;
using YamlDotNet.RepresentationModel;

namespace BriefingGen.Loading;

/// <summary>Reads sections.yaml: the introduction, the sections with their bodies, and the peer cities.</summary>
internal static class SectionReader
{
    /// <summary>What sections.yaml holds; PeersMisspelt when its 'peers' key is written wrongly, so peers are unknown.</summary>
    public sealed record Result(IReadOnlyList<ParagraphItem> Introduction, IReadOnlyList<Section> Sections, IReadOnlyList<Peer> Peers, bool PeersMisspelt = false);

    public static Result Read(YamlMap? root)
    {
        if (root is null)
        {
            return new Result([], [], []);
        }

        var introduction = root.List("introduction", required: false)
            .Select(node => root.ProseOf(node, "introduction"))
            .OfType<LocalizedText>()
            .Select(text => new ParagraphItem(text))
            .ToList();
        var sections = root.MapList("sections", "section").Select(ReadSection).OfType<Section>().ToList();
        var peers = root.MapList("peers", "peer", required: false).Select(ReadPeer).OfType<Peer>().ToList();
        var peersMisspelt = !root.Has("peers") && root.HasNearMiss("peers");
        root.RejectUnknownKeys();
        return new Result(introduction, sections, peers, peersMisspelt);
    }

    private static Section? ReadSection(YamlMap map)
    {
        var id = map.Id();
        var heading = map.Prose("heading");
        var body = map.List("body").Select(node => ReadItem(map, node)).OfType<BodyItem>().ToList();
        map.RejectUnknownKeys();
        return id is null ? null : new Section(id, heading ?? map.Blank, body, map.Location);
    }

    /// <summary>An item is a paragraph {zh, en}, or {quote: id}, or {peer: id}.</summary>
    private static BodyItem? ReadItem(YamlMap section, YamlNode node)
    {
        if (node is YamlMappingNode { Children.Count: 1 } chart
            && chart.Children.Keys.Single() is YamlScalarNode { Value: "chart" })
        {
            return ReadChart(section.MapOf(node, "body item")!);
        }

        if (node is YamlMappingNode mapping && mapping.Children.Count == 1
            && mapping.Children.Keys.Single() is YamlScalarNode { Value: "quote" or "peer" } key)
        {
            var item = section.MapOf(node, "body item")!;
            var target = item.Ref(key.Value!);
            return target is null ? null : key.Value == "quote" ? new QuoteItem(target) : new PeerItem(target);
        }

        if (node is not YamlMappingNode)
        {
            section.Diagnose(Errors.WrongShape(section.At(node), "body item", Expected.BodyItem));
            return null;
        }

        var text = section.ProseOf(node, "paragraph");
        return text is null ? null : new ParagraphItem(text);
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

    private static Peer? ReadPeer(YamlMap map)
    {
        var id = map.Id();
        var name = map.Text("name");
        var text = map.Prose("text");
        map.RejectUnknownKeys();
        return id is null ? null : new Peer(id, name ?? map.Blank, text ?? map.Blank, map.Location);
    }
}
