using BriefingGen.Model;
namespace BriefingGen.Finishing;

/// <summary>The press edition's colours: the office's red as the pages show it (#rrggbb; null when neither the office nor the theme sets one) and the inks it is printed in.</summary>
internal sealed record PressColours(string? Red, Cmyk RedInks);
