using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>What a person is in the briefing: 政协委员, 人大代表, expert, official or reporter.</summary>
internal enum PersonKind
{
    Delegate,
    Deputy,
    Expert,
    Official,
    Reporter,
}

/// <summary>Someone named in the briefing, with a name and role in both languages.</summary>
internal sealed record Person(string Id, LocalizedText Name, PersonKind Kind, LocalizedText? Role, SourceLocation Location);
