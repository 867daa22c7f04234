namespace BriefingGen.Printing;

/// <summary>
/// The browser's throwaway profile folder (briefinggen-chromium-* in the temp folder). Its owner
/// holds a lock file inside it for as long as the browser lives; a profile whose lock nobody
/// holds was left by a tool that was killed, and the next start removes it.
/// </summary>
internal sealed class BrowserProfile : IDisposable
{
    private const string Prefix = "briefinggen-chromium-";
    private const string OwnerFile = ".briefinggen-owner";

    private readonly FileStream _owner;
    private readonly Lock _gate = new();
    private bool _deleted;

    private BrowserProfile(string folder, FileStream owner)
    {
        Folder = folder;
        _owner = owner;
    }

    public string Folder { get; }

    /// <summary>The browser's own temporary folder, inside the profile so that it goes with it.</summary>
    public string Temporary => Path.Combine(Folder, "tmp");

    /// <summary>Removes the profiles whose owners are gone, then makes a new one, owned by this process.</summary>
    public static BrowserProfile Create()
    {
        RemoveStale();
        var folder = Directory.CreateTempSubdirectory(Prefix).FullName;
        var profile = new BrowserProfile(folder, Own(Path.Combine(folder, OwnerFile))!);
        Directory.CreateDirectory(profile.Temporary);
        return profile;
    }

    /// <summary>
    /// Deletes the profile; safe to call twice. A second caller (the process exiting while a signal
    /// handler deletes it) waits until the first has done, so the process cannot end half-way.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_deleted)
            {
                return;
            }

            _deleted = true;
            Delete();
        }
    }

    private void Delete()
    {
        _owner.Dispose();
        // A browser process can still write into it while it dies: tried a few times, and what is
        // left after that, the next start removes.
        for (var attempt = 0; attempt < 20 && Directory.Exists(Folder); attempt++)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static void RemoveStale()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (IsStaleOrUnreadable(folder) == true)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another start is removing it at the same moment.
                }
            }
        }
    }

    /// <summary>Whether the profile is stale; null when it cannot be read (another user's, on a shared temp folder).</summary>
    private static bool? IsStaleOrUnreadable(string folder)
    {
        try
        {
            return IsStale(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Stale: its owner's lock is free; or, for a profile of an older version (no lock file), the
    /// browser that Chromium's SingletonLock names is gone; or it has neither and is a minute old.
    /// </summary>
    private static bool IsStale(string folder)
    {
        var owner = Path.Combine(folder, OwnerFile);
        if (File.Exists(owner))
        {
            using var taken = Own(owner);
            return taken is not null;
        }

        var singleton = new FileInfo(Path.Combine(folder, "SingletonLock")).LinkTarget;
        if (singleton is null)
        {
            // Neither lock: a profile being set up gets its owner's lock at once, so one a minute
            // old is what a dying browser wrote after its profile was deleted.
            return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > TimeSpan.FromMinutes(1);
        }

        var pid = singleton[(singleton.LastIndexOf('-') + 1)..];
        return int.TryParse(pid, out var id) && !Directory.Exists($"/proc/{id}") && OperatingSystem.IsLinux();
    }

    /// <summary>The owner's lock, or null when another process holds it.</summary>
    private static FileStream? Own(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
