namespace BriefingGen.Tests.Site.Search;

/// <summary>The search tests share one build, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class ServedSite : ICollectionFixture<ServedSiteFixture>
{
    public const string Name = "Built site served over HTTP";
}
