using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Localization;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests;

/// <summary>A briefing under data/, loaded and localized as the build does it: expectations from the data staff edit, not typed into C#.</summary>
internal static partial class DataViews
{
    /// <summary>The briefing data/&lt;id&gt;/ and its localized view; fails the test if it does not load.</summary>
    public static (Briefing Briefing, BriefingView View) Load(string id) => LoadFolder(Path.Combine(TestPaths.Data, id));

    /// <summary>The briefing in <paramref name="folder"/> (a copy a test made) and its localized view.</summary>
    public static (Briefing Briefing, BriefingView View) LoadFolder(string folder)
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll([folder], diagnostics);
        Assert.True(briefings is { Count: 1 }, string.Join("\n", diagnostics.Items));
        return (briefings[0], Localizer.Localize(briefings[0]));
    }

    /// <summary>Text as a reader sees it: the view's HTML without its tags, entities decoded.</summary>
    public static string Plain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    /// <summary>
    /// Text as it is compared with a PDF's text layer, which breaks lines where the browser did:
    /// without whitespace, word joiners, zero-width spaces or soft hyphens.
    /// </summary>
    public static string Squeezed(string text) => Invisible().Replace(text, "");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s\u00AD\u200B\u2060]+")]
    private static partial Regex Invisible();
}
