using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// What a person is in the briefing: 政协委员, 人大代表, expert, official, reporter, a member (of a
/// CPPCC or an association), an enterprise's executive, an association's or industry body's
/// representative, or other. The kind says whether the role must be given; the role says the rest.
/// </summary>
internal enum PersonKind
{
    Delegate,
    Deputy,
    Expert,
    Official,
    Reporter,
    Member,
    Executive,
    Association,
    Other,
}

/// <summary>Someone named in the briefing, with a name and role in both languages.</summary>
internal sealed record Person(string Id, LocalizedText Name, PersonKind Kind, LocalizedText? Role, SourceLocation Location)
{
    /// <summary>
    /// Whether a person of the kind must have a role: those quoted for what they are (a delegate,
    /// an expert, an executive) are named with it. Officials attending, reporters and others may go without.
    /// </summary>
    public static bool NeedsRole(PersonKind? kind) =>
        kind is PersonKind.Delegate or PersonKind.Deputy or PersonKind.Expert or PersonKind.Member or PersonKind.Executive or PersonKind.Association;
}
