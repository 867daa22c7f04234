using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// An office's (or a briefing's) choice of families for one of the theme's font stacks, such as
/// zh_body: [LXGW WenKai]; it replaces that stack, and the build checks every character against it.
/// </summary>
internal sealed record FontChoice(string Stack, IReadOnlyList<string> Families, SourceLocation Location)
{
    /// <summary>The stacks of templates/css/theme.css an office may set, as written in YAML.</summary>
    public static readonly string[] Stacks = ["zh_body", "zh_title", "zh_heading", "zh_kai", "en_body", "en_heading"];

    /// <summary>The stack's CSS variable: zh_body → --zh-body.</summary>
    public string Variable => "--" + Stack.Replace('_', '-');
}
