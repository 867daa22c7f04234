namespace BriefingGen.Publishing;

/// <summary>
/// A briefing's outputs are written here first and swapped with out/&lt;id&gt;/ in one step only when
/// every one of them is good: at every instant out/&lt;id&gt;/ is the old output or the new one, and
/// a failed or killed build leaves the previous outputs exactly as they were.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _outputRoot;
    private readonly string _target;
    private readonly FileStream _lock;
    private bool _published;

    public StagingFolder(string outputRoot, string briefingId)
    {
        _outputRoot = outputRoot;
        OutputWrites.Guard(outputRoot, () => Directory.CreateDirectory(outputRoot));
        _target = Path.Combine(outputRoot, briefingId);
        // The same name every build: the browser then sees the same font URLs from one rebuild to
        // the next in watch, and serves them from its cache.
        Folder = StagingName(outputRoot, briefingId);
        _lock = OutputLeftovers.Lock(Folder + ".lock", _target)
            ?? throw new Diagnostics.BuildFailedException(Diagnostics.Errors.OutputBusy(_target));

        // Whatever a killed build left, of this briefing (under its lock, now ours) and of others.
        OutputLeftovers.Recover(outputRoot, briefingId);
        OutputLeftovers.RecoverOthers(outputRoot, briefingId);
        OutputWrites.Guard(Folder, () => Directory.CreateDirectory(Folder));
    }

    public string Folder { get; }

    /// <summary>For tests: called after each step of publishing with its name, as a kill could interrupt it there.</summary>
    internal Action<string>? AfterStep { get; init; }

    /// <summary>Where a briefing's outputs are staged: a hidden folder beside out/&lt;id&gt;/.</summary>
    public static string StagingName(string outputRoot, string briefingId) => Path.Combine(outputRoot, $".{briefingId}.staging");

    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Puts a file that is never edited (a font) into the output by a hard link.</summary>
    public void Link(string relativePath, string source)
    {
        var path = Path.Combine(Folder, relativePath);
        OutputWrites.Guard(path, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            HardLink.CreateOrCopy(source, path);
        });
    }

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Folder, relativePath);
        OutputWrites.Guard(path, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        });
        return path;
    }

    /// <summary>Removes a file the build needed but does not publish, if it is there.</summary>
    public void Delete(string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        OutputWrites.Guard(path, () => File.Delete(path));
    }

    /// <summary>Removes a folder the build needed but does not publish, if it is there.</summary>
    public void DeleteFolder(string relativePath) => OutputLeftovers.Delete(Path.Combine(Folder, relativePath));

    /// <summary>Copies the previous outputs matching the pattern that this build did not make; returns their names.</summary>
    public IReadOnlyList<string> CarryOver(string pattern)
    {
        if (!Directory.Exists(_target))
        {
            return [];
        }

        var carried = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_target, pattern).Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(Folder, Path.GetFileName(file));
            if (!File.Exists(copy))
            {
                OutputWrites.Guard(copy, () => File.Copy(file, copy));
                carried.Add(Path.GetFileName(file));
            }
        }

        return carried;
    }

    /// <summary>Replaces the previous outputs with these in one step; the old ones are then deleted.</summary>
    public void Publish()
    {
        AfterStep?.Invoke("staged");
        Replace(Folder, _target);
        _published = true;
        // The staging folder now holds the old outputs, or nothing if there were none.
        OutputLeftovers.Delete(Folder);
        AfterStep?.Invoke("cleaned");
    }

    /// <summary>
    /// Moves the named entries of the staging folder into the output folder, each replacing its
    /// predecessor in one step; for the front page, which shares the output folder.
    /// </summary>
    public void PublishInto(IReadOnlyList<string> entries)
    {
        AfterStep?.Invoke("staged");
        foreach (var entry in entries)
        {
            var source = Path.Combine(Folder, entry);
            var target = Path.Combine(_outputRoot, entry);
            if (File.Exists(source))
            {
                OutputWrites.Guard(target, () => File.Move(source, target, overwrite: true));
            }
            else
            {
                Replace(source, target);
                OutputLeftovers.Delete(source);
            }

            AfterStep?.Invoke($"published {entry}");
        }
    }

    public void Dispose()
    {
        if (!_published)
        {
            OutputLeftovers.Delete(Folder);
        }

        // Deletes the lock file: it is closed with DeleteOnClose.
        _lock.Dispose();
    }

    /// <summary>
    /// Puts the folder <paramref name="source"/> at <paramref name="target"/>, leaving the old target at
    /// <paramref name="source"/>: an exchange in one step where the file system offers it, else two
    /// renames through a fixed name that the next build recovers from (see OutputLeftovers).
    /// </summary>
    private void Replace(string source, string target)
    {
        OutputWrites.Guard(target, () =>
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(source, target);
            }
            else if (!RenameExchange.TrySwap(source, target))
            {
                var previous = OutputLeftovers.PreviousName(target);
                Directory.Move(target, previous);
                AfterStep?.Invoke("moved aside");
                Directory.Move(source, target);
                Directory.Move(previous, source);
            }
        });
        AfterStep?.Invoke("swapped");
    }
}
