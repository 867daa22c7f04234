using System.Runtime.InteropServices;

namespace BriefingGen.Loading;

/// <summary>
/// Asks the kernel (statx) for a path's type. .NET shows a named pipe or a device as an ordinary
/// file, and opening a pipe to look blocks until someone writes to it; statx only looks.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    // struct statx is the same on every Linux architecture: stx_mode is the 16 bits at offset 28.
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    public static FileKindName Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Fallback(path);
        }

        var buffer = new byte[StatxSize];
        int result;
        try
        {
            // The path goes as the NUL-terminated UTF-8 bytes the kernel reads.
            result = Statx(AtFdCwd, System.Text.Encoding.UTF8.GetBytes(path + "\0"), AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (EntryPointNotFoundException)
        {
            return Fallback(path);
        }

        if (result != 0)
        {
            return FileKindName.Missing;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKindName.Regular,
            0x4000 => FileKindName.Folder,
            0xA000 => FileKindName.Link,
            0x1000 => FileKindName.Pipe,
            0xC000 => FileKindName.Socket,
            _ => FileKindName.Device,
        };
    }

    /// <summary>Elsewhere, what .NET can tell; pipes and devices look like files there.</summary>
    private static FileKindName Fallback(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null ? FileKindName.Link
            : Directory.Exists(path) ? FileKindName.Folder
            : info.Exists ? FileKindName.Regular
            : FileKindName.Missing;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
