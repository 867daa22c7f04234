namespace BriefingGen.Doctor;

/// <summary>One thing the generator needs, what was found, and the exact fix when it is missing.</summary>
internal sealed record Finding(string Need, bool Ok, string Found, string? Fix = null);
