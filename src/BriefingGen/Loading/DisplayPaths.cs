namespace BriefingGen.Loading;

/// <summary>Paths as users typed them: relative to the working folder when inside it.</summary>
internal static class DisplayPaths
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
