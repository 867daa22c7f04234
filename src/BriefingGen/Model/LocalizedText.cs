using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A human-language string in both languages, as the pair {zh, en} in the YAML.</summary>
internal sealed record LocalizedText(string Zh, string En, SourceLocation Location)
{
    public string this[Language language] => language == Language.Zh ? Zh : En;

    /// <summary>Where each half is written, for messages about a place inside the text; null when unknown.</summary>
    public TextOrigin? ZhOrigin { get; init; }

    /// <inheritdoc cref="ZhOrigin"/>
    public TextOrigin? EnOrigin { get; init; }

    /// <summary>The place of a character of one half, as exactly as it is known.</summary>
    public SourceLocation LocationOf(Language language, int offset) =>
        (language == Language.Zh ? ZhOrigin : EnOrigin)?.At(offset) ?? Location;
}
