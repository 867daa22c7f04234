using System.Runtime.InteropServices;

namespace BriefingGen.Publishing;

/// <summary>
/// Linux's renameat2(RENAME_EXCHANGE): swaps two paths in one step, so a reader sees either the old
/// folder or the new one at every instant, never neither.
/// </summary>
internal static class RenameExchange
{
    private const int AtCurrentDirectory = -100;
    private const uint Exchange = 2;

    // The file system or kernel does not offer the exchange: the caller falls back to two renames.
    private static readonly int[] Unsupported = [22 /* EINVAL */, 38 /* ENOSYS */, 95 /* EOPNOTSUPP */];

    /// <summary>Swaps <paramref name="first"/> and <paramref name="second"/>; false when this file system cannot.</summary>
    public static bool TrySwap(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, Exchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28.
            return false;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (Unsupported.Contains(errno))
        {
            return false;
        }

        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)}: '{second}'", errno);
    }

    // DllImport rather than LibraryImport: the generated form needs unsafe code, which the build does not allow.
    [DllImport("libc", EntryPoint = "renameat2", CharSet = CharSet.Ansi, SetLastError = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
