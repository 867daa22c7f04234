using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A human-language string in both languages, as the pair {zh, en} in the YAML.</summary>
internal sealed record LocalizedText(string Zh, string En, SourceLocation Location)
{
    public string this[Language language] => language == Language.Zh ? Zh : En;
}
