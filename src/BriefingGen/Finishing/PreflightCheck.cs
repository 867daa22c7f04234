namespace BriefingGen.Finishing;

/// <summary>What a finding is about: one kind of measurement, so that findings of a kind can be listed together.</summary>
internal enum PreflightCheck
{
    FirstLine,
    Margin,
    TypeArea,
    Grid,
    OffGrid,
    PageNumber,
    LineStartPunctuation,
    LineEndPunctuation,
    Stretch,
    HeadingAtFoot,
    HeadingSingleCharacter,
    Widow,
    FontEmbedding,
    FontName,
    TextOffPage,
    ShortPage,
}
