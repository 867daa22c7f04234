namespace BriefingGen.Tests.Printing;

/// <summary>
/// Builds, once, with real Chromium, a briefing whose headings are one character longer than a
/// line of the Chinese page, for the test that no heading ends in a single character.
/// </summary>
public sealed class LongHeadingsBuild() : FixtureBuild("long-headings");
