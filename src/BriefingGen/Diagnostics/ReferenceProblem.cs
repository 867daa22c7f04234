namespace BriefingGen.Diagnostics;

/// <summary>What is wrong with a reference in prose.</summary>
internal enum ReferenceProblem
{
    NeverOpened,
    NeverClosed,
    NotAReference,
    NoValue,
    NoTarget,
    NoPeriod,
    NoDeadline,
}
