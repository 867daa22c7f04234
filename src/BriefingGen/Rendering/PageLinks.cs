namespace BriefingGen.Rendering;

/// <summary>The stylesheets a document links, as its head names them: its fonts' stylesheet first, then the others in order.</summary>
internal sealed record PageLinks(string Fonts, IReadOnlyList<string> Stylesheets);
