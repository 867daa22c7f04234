using System.Text;
using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>
/// Reads a briefing's data file as text, refusing anything that is not a plain file inside the
/// briefing's folder: folders, named pipes (which would block for ever), devices (/dev/zero never
/// ends), links out of the folder, files over the size limit (never reading more than the limit
/// and one byte), and bytes that are not UTF-8.
/// </summary>
internal static class DataFileReader
{
    // A briefing's file is a few dozen KiB; anything near this is a mistake or an attack.
    public const int MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null after reporting why it cannot be read.</summary>
    public static string? Read(string path, string displayPath, Words what, DiagnosticBag diagnostics)
    {
        var problem = Locate(path, displayPath, what, out var target);
        if (problem is not null)
        {
            diagnostics.Add(problem);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(target, MaxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Errors.FileUnreadable(displayPath, e.Message));
            return null;
        }

        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(Errors.FileTooLarge(displayPath, Math.Max(bytes.Length, new FileInfo(target).Length), MaxBytes));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>Finds the plain file that <paramref name="path"/> names, following a link only within its folder.</summary>
    private static Diagnostic? Locate(string path, string displayPath, Words what, out string target)
    {
        target = path;
        var kind = FileKind.Of(path);
        if (kind == FileKindName.Link)
        {
            var written = new FileInfo(path).LinkTarget ?? "";
            FileSystemInfo? final;
            try
            {
                final = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                // A loop of links.
                return Errors.LinkBroken(displayPath, written);
            }

            if (final is null)
            {
                return Errors.LinkBroken(displayPath, written);
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!final.FullName.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return Errors.LinkOutsideBriefing(displayPath, final.FullName);
            }

            target = final.FullName;
            kind = FileKind.Of(target);
            if (kind == FileKindName.Missing)
            {
                return Errors.LinkBroken(displayPath, written);
            }
        }

        return kind switch
        {
            FileKindName.Regular => null,
            FileKindName.Missing => Errors.FileMissing(displayPath, what),
            FileKindName.Folder => Errors.PathIsFolder(displayPath, what),
            FileKindName.Pipe => Errors.NotARegularFile(displayPath, new Words("a named pipe (FIFO)", "命名管道（FIFO）")),
            FileKindName.Socket => Errors.NotARegularFile(displayPath, new Words("a socket", "套接字")),
            _ => Errors.NotARegularFile(displayPath, new Words("a device", "设备文件")),
        };
    }

    /// <summary>The first <paramref name="limit"/> bytes of the file, or all of it if shorter; the rest is never read.</summary>
    private static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        using var bytes = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (bytes.Length < limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - bytes.Length));
            if (read == 0)
            {
                break;
            }

            bytes.Write(chunk, 0, read);
        }

        return bytes.ToArray();
    }

    private static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // Where the bad bytes are: the line and column of the text before them.
            var before = Encoding.UTF8.GetString(bytes, start, Math.Clamp(e.Index, 0, bytes.Length - start));
            var line = before.Count(c => c == '\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            diagnostics.Add(Errors.InvalidUtf8(new SourceLocation(displayPath, line, column)));
            return null;
        }
    }
}
