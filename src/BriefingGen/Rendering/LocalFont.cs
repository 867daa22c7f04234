namespace BriefingGen.Rendering;

/// <summary>
/// One face of a font on this machine, as fontconfig lists it: in the office's fonts folder
/// (data/fonts/) or installed. Offices print with their own licensed 仿宋, 小标宋, 黑体 and 楷体 this way.
/// </summary>
internal sealed record LocalFont(
    IReadOnlyList<string> Families,
    string FullName,
    string PostScriptName,
    int Weight,
    bool Italic,
    string Format,
    string File,
    CharacterSet Characters)
{
    /// <summary>Whether the outlines are TrueType (glyf): Chromium then embeds the face as CIDFontType2, as print shops expect.</summary>
    public bool IsTrueType => Format == "TrueType";

    /// <summary>fontconfig's weight scale (80 regular, 200 bold) in CSS's (400, 700), as FcWeightToOpenType maps it.</summary>
    public static int CssWeight(int fontconfigWeight) => fontconfigWeight switch
    {
        <= 0 => 100,
        <= 40 => 200,
        <= 50 => 300,
        <= 80 => 400,
        <= 100 => 500,
        <= 180 => 600,
        <= 200 => 700,
        <= 205 => 800,
        _ => 900,
    };
}
