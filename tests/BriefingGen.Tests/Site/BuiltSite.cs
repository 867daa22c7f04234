namespace BriefingGen.Tests.Site;

/// <summary>The site tests share one build and one browser: building takes seconds, and so does starting Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "Built site in a browser";
}
