namespace BriefingGen.Diagnostics;

/// <summary>The kinds of YAML syntax mistake that staff make, each with its own plain message.</summary>
internal enum YamlProblem
{
    QuoteNeverClosed,
    Misaligned,
    ColonInText,
    FlowNeverClosed,
    Other,
}
