namespace BriefingGen.Publishing;

/// <summary>
/// A briefing's outputs are written here first and moved to out/&lt;id&gt;/ only when every one of
/// them is good, so a failed build leaves the previous outputs exactly as they were.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly FileStream _lock;
    private bool _published;

    public StagingFolder(string outputRoot, string briefingId)
    {
        Directory.CreateDirectory(outputRoot);
        _target = Path.Combine(outputRoot, briefingId);
        // The same name every build: the browser then sees the same font URLs from one rebuild to
        // the next in watch, and serves them from its cache. A folder left by a crash is cleared.
        Folder = Path.Combine(outputRoot, $".{briefingId}.staging");
        try
        {
            _lock = new FileStream(Folder + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new Diagnostics.BuildFailedException(Diagnostics.Errors.OutputBusy(Path.Combine(outputRoot, briefingId)));
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Puts a file that is never edited (a font) into the output by a hard link.</summary>
    public void Link(string relativePath, string source)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        HardLink.CreateOrCopy(source, path);
    }

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies the previous outputs matching the pattern that this build did not make.</summary>
    public void CarryOver(string pattern)
    {
        if (!Directory.Exists(_target))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_target, pattern))
        {
            var copy = Path.Combine(Folder, Path.GetFileName(file));
            if (!File.Exists(copy))
            {
                File.Copy(file, copy);
            }
        }
    }

    /// <summary>Replaces the previous outputs with these: two renames, the old folder kept until the new one is in place.</summary>
    public void Publish()
    {
        var previous = _target + $".previous-{Guid.NewGuid():N}";
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, previous);
        }

        Directory.Move(Folder, _target);
        _published = true;
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    /// <summary>
    /// Moves the named entries of the staging folder into <paramref name="folder"/>, each replacing
    /// its predecessor with a rename; for the front page, which shares the output folder.
    /// </summary>
    public void PublishInto(string folder, IReadOnlyList<string> entries)
    {
        foreach (var entry in entries)
        {
            var source = Path.Combine(Folder, entry);
            var target = Path.Combine(folder, entry);
            if (File.Exists(source))
            {
                File.Move(source, target, overwrite: true);
                continue;
            }

            var previous = target + $".previous-{Guid.NewGuid():N}";
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(source, target);
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        if (!_published && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        _lock.Dispose();
    }
}
