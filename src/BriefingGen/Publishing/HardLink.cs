using System.Runtime.InteropServices;

namespace BriefingGen.Publishing;

/// <summary>
/// Links a file instead of copying it: the fonts (megabytes, never edited) are linked into each
/// output, so a rebuild in watch does not copy them again. Falls back to a copy across file systems.
/// </summary>
internal static class HardLink
{
    public static void CreateOrCopy(string source, string target)
    {
        if (!OperatingSystem.IsLinux() || Link(source, target) != 0)
        {
            File.Copy(source, target);
        }
    }

    // DllImport rather than LibraryImport: the generated form needs unsafe code, which the build does not allow.
    [DllImport("libc", EntryPoint = "link", CharSet = CharSet.Ansi, SetLastError = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(string oldPath, string newPath);
}
