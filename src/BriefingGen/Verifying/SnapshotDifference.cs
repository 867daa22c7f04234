using BriefingGen.Diagnostics;

namespace BriefingGen.Verifying;

/// <summary>One output that is not as approved: the problem, located at its snapshot, and for a text its unified diff.</summary>
internal sealed record SnapshotDifference(Diagnostic Problem, string? Diff);
