namespace BriefingGen.Rendering;

/// <summary>One @font-face of a font package: a family, weight and style for a range of characters, in one file.</summary>
internal sealed record FontFace(string Family, string Style, int Weight, string File, IReadOnlyList<(int First, int Last)> Ranges)
{
    public bool Covers(int codePoint)
    {
        foreach (var (first, last) in Ranges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }
}
