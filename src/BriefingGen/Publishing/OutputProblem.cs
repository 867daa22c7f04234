namespace BriefingGen.Publishing;

/// <summary>Why the output folder could not be written, as the message names it.</summary>
internal enum OutputProblem
{
    Full,
    ReadOnly,
    Denied,
    NotAFolder,
    Other,
}
