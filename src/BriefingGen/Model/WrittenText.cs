using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>One character as written in a data file, with its own place (an escape's place is its backslash).</summary>
internal sealed record WrittenCharacter(int CodePoint, SourceLocation Location);

/// <summary>
/// The characters of one YAML value, for the checks that need each character's place (the fonts):
/// a 'zh' or 'en' half, or null for a value shown in both (a number, a date, a URL).
/// </summary>
internal sealed record WrittenText(Language? Language, IReadOnlyList<WrittenCharacter> Characters);
