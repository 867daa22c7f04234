namespace BriefingGen.Model;

/// <summary>The two languages every text is written in.</summary>
internal enum Language
{
    Zh,
    En,
}
