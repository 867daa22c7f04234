using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A reference by id to another entity, kept with its place so that a wrong id can be pointed at.</summary>
internal sealed record IdRef(string Id, SourceLocation Location);
