using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>One measurement as the report ends with it: what was measured, its value on the PDF, and the target.</summary>
internal sealed record PreflightFigure(Words Name, string Value, Words Target)
{
    /// <summary>The value as written in Chinese, when it holds words (a page, a line); the value otherwise.</summary>
    public string? ValueZh { get; init; }
}
