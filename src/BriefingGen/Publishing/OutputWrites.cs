using BriefingGen.Diagnostics;

namespace BriefingGen.Publishing;

/// <summary>
/// Turns a failed write into the output folder into the true diagnostic with its path (disk full,
/// read-only, not allowed, a file where a folder should be), so that none surfaces as a crash.
/// </summary>
internal static class OutputWrites
{
    // errno values, which .NET on Unix carries in an IOException's HResult.
    private const int NotPermitted = 1;
    private const int AccessDenied = 13;
    private const int Exists = 17;
    private const int NotADirectory = 20;
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    // What .NET reports when another process holds a file opened with FileShare.None: flock's
    // EWOULDBLOCK on Unix, ERROR_SHARING_VIOLATION on Windows.
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    public static void Guard(string path, Action write) => Guard(path, () =>
    {
        write();
        return 0;
    });

    public static T Guard<T>(string path, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (UnauthorizedAccessException)
        {
            throw new BuildFailedException(Errors.OutputNotWritable(path, OutputProblem.Denied, ""));
        }
        catch (IOException e) when (!IsHeldByAnother(e))
        {
            throw new BuildFailedException(Failure(path, e));
        }
    }

    /// <summary>Whether the file is locked by another process: the one failure that means "busy".</summary>
    public static bool IsHeldByAnother(IOException e) => e.HResult is WouldBlock or SharingViolation;

    public static Diagnostic Failure(string path, IOException e) => e.HResult switch
    {
        NoSpace or QuotaExceeded => Errors.OutputNotWritable(path, OutputProblem.Full, e.Message),
        ReadOnlyFileSystem => Errors.OutputNotWritable(path, OutputProblem.ReadOnly, e.Message),
        NotPermitted or AccessDenied => Errors.OutputNotWritable(path, OutputProblem.Denied, e.Message),
        NotADirectory or Exists => Errors.OutputNotWritable(path, OutputProblem.NotAFolder, e.Message),
        // .NET reports a file in the way of a new folder with Windows' code: look for the file.
        _ when FileInTheWay(path) is { } file => Errors.OutputNotWritable(file, OutputProblem.NotAFolder, e.Message),
        _ => Errors.OutputNotWritable(path, OutputProblem.Other, e.Message),
    };

    private static string? FileInTheWay(string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return folder;
            }
        }

        return File.Exists(path) ? path : null;
    }
}
