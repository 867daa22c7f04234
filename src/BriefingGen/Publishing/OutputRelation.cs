namespace BriefingGen.Publishing;

/// <summary>How a refused output folder lies to the folder it would overwrite.</summary>
internal enum OutputRelation
{
    Is,
    Inside,
    Holds,
}
