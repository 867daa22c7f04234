namespace BriefingGen.Publishing;

/// <summary>The folders an output folder must keep clear of, as the refusal names them.</summary>
internal enum OutputPlace
{
    Data,
    Templates,
    Project,
    FileSystemRoot,
}
