using YamlDotNet.RepresentationModel;

namespace BriefingGen.Tests.Ci;

/// <summary>The CI files read as YAML trees, as both CI-file test classes read them.</summary>
internal static class CiYaml
{
    public static YamlMappingNode Root(string file)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }

    public static IEnumerable<YamlNode> Sequence(YamlNode node) => Assert.IsType<YamlSequenceNode>(node).Children;

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
