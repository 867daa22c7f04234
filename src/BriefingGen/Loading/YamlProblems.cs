using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>Turns YamlDotNet's parser messages into the mistake a person made, in plain words.</summary>
internal static class YamlProblems
{
    public static YamlProblem Classify(string message) => message switch
    {
        _ when message.Contains("quoted scalar", StringComparison.Ordinal) => YamlProblem.QuoteNeverClosed,
        _ when message.Contains("did not find expected '-' indicator", StringComparison.Ordinal) => YamlProblem.Misaligned,
        _ when message.Contains("did not find expected key", StringComparison.Ordinal) => YamlProblem.Misaligned,
        _ when message.Contains("mapping values are not allowed", StringComparison.Ordinal) => YamlProblem.ColonInText,
        _ when message.Contains("invalid mapping", StringComparison.Ordinal) => YamlProblem.ColonInText,
        _ when message.Contains("flow", StringComparison.OrdinalIgnoreCase) => YamlProblem.FlowNeverClosed,
        _ => YamlProblem.Other,
    };
}
