namespace BriefingGen.Tests.Suite;

/// <summary>
/// A collection without parallelization: xunit runs such collections after every parallel one has
/// finished, so the tests in it see what the whole suite left behind.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AfterTheSuite
{
    public const string Name = "After the whole suite";
}
