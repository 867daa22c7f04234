using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A publication that figures and quotes come from: who published what, and when.</summary>
internal sealed record Source(
    string Id,
    LocalizedText? Publisher,
    LocalizedText Title,
    int? Year,
    DateOnly? Date,
    string? Url,
    SourceLocation Location);
