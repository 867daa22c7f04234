namespace BriefingGen.Tests.Printing;

/// <summary>
/// Builds, once, with real Chromium, a briefing whose text is awkward to print: a title and a
/// heading full of the characters HTML escapes, a word of 5,000 letters and a long URL.
/// </summary>
public sealed class AwkwardTextBuild() : FixtureBuild("awkward-text");
