namespace BriefingGen.Tests.Printing;

/// <summary>
/// Builds, once, with real Chromium, a briefing with sections at all four levels and every kind
/// of block, for the tests of the PDF outline.
/// </summary>
public sealed class NestedStructureBuild() : FixtureBuild("nested-structure");
