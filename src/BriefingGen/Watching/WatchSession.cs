using System.Diagnostics;
using System.Threading.Channels;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Messages;
using BriefingGen.Model;
using BriefingGen.Printing;
using BriefingGen.Publishing;
using BriefingGen.Rendering;

namespace BriefingGen.Watching;

/// <summary>What a watch session builds, where, and how it is served.</summary>
internal sealed record WatchOptions(IReadOnlyList<string> Briefings, string OutputRoot, int Port, bool Pdf, bool Chinese);

/// <summary>
/// The authoring loop: builds, serves the site, and on every save of a data file, template or
/// stylesheet rebuilds what changed: the HTML first (the page reloads at once), then the PDFs in
/// the browser that stays warm. A save that breaks the data is shown in the page and the console,
/// and the last good output stays served. Rapid saves are coalesced into one rebuild. A briefing
/// folder that is deleted keeps its pages served, and is rebuilt when it comes back.
/// </summary>
internal sealed class WatchSession(ProjectPaths paths, WatchOptions options, Action<string> log) : IAsyncDisposable
{
    // Editors save in bursts (write, rename, touch): a rebuild waits for this much quiet.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(1);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private ChromiumPrinter? _printer;
    private PreviewServer? _server;

    public EventHub Events { get; } = new();

    public Uri? Address => _server?.Address;

    /// <summary>Builds once, starts the server and the file watchers; returns when all three are ready.</summary>
    public async Task StartAsync()
    {
        var outputRoot = OutputFolder.Resolve(options.OutputRoot, paths.Root, paths.Templates, options.Briefings.Prepend(paths.Data));
        Directory.CreateDirectory(outputRoot);
        if (options.Pdf)
        {
            // The office's fonts folder is found once: a font added to it while watching needs a restart.
            var local = LocalFonts.For(options.Briefings.Select(Loading.OfficeReader.FontsFolderFor));
            _printer = await ChromiumPrinter.LaunchAsync(BuildPipeline.PrinterReads(paths, outputRoot), PrinterOptions.Default with { Fontconfig = local.ConfigFile });
        }

        await RebuildAsync(null);
        _server = await PreviewServer.StartAsync(outputRoot, options.Port, Events);
        Watch(paths.Templates);
        // The folders that hold the briefings are watched, not the briefings' own folders: a watch
        // on a folder ends when the folder is deleted, and would miss it coming back (git, a backup).
        foreach (var parent in options.Briefings.Select(f => Path.GetDirectoryName(Path.GetFullPath(f).TrimEnd('/'))!).Distinct(StringComparer.Ordinal))
        {
            Watch(parent);
        }
    }

    /// <summary>Rebuilds on each burst of changes until cancelled (Ctrl+C).</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(cancellation))
            {
                var changed = new HashSet<string>(StringComparer.Ordinal);
                do
                {
                    while (_changes.Reader.TryRead(out var path))
                    {
                        changed.Add(path);
                    }

                    await Task.Delay(Quiet, cancellation);
                }
                while (_changes.Reader.TryPeek(out _));

                await RebuildAsync(changed);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: DisposeAsync stops the server and the browser.
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Ends RunAsync's wait for changes, however it was started.
        _changes.Writer.TryComplete();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }
    }

    /// <summary>Rebuilds the briefings a change touches (all of them when a template changed; those beside it when office.yaml did).</summary>
    private async Task RebuildAsync(IReadOnlySet<string>? changed)
    {
        var touched = changed is null || changed.Any(IsTemplate)
            ? options.Briefings
            : options.Briefings.Where(folder => changed.Any(path => IsIn(path, folder) || IsFolder(path, folder) || IsOfficeOf(path, folder))).ToList();
        var folders = touched.Where(Present).ToList();
        if (folders.Count == 0)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll(folders, diagnostics);
        if (briefings is null)
        {
            Report(diagnostics.Sorted().ToList());
            return;
        }

        var pipeline = new BuildPipeline(paths, _ => { });
        var html = new BuildOptions(options.OutputRoot, Edition.Printed, Pdf: false, Html: true) { Force = true };
        if (!await TryBuildAsync(pipeline, briefings, html))
        {
            return;
        }

        Events.Publish(new PreviewEvent("reload", "html"));
        log(Catalogue.In(options.Chinese, "watch.html-rebuilt", Now(), clock.ElapsedMilliseconds));
        Warn(pipeline.PublishWarnings);
        if (_printer is null)
        {
            return;
        }

        // The edition a preview shows is printed and told first, the others after it.
        clock.Restart();
        var viewed = Edition.Printed.Where(e => briefings.Any(b => Events.IsViewing(PreviewServer.PdfPath(b.Id, e.PdfName(b.Id))))).ToList();
        IReadOnlyList<IReadOnlyList<Edition>> passes = viewed.Count is 0 or 3 ? [Edition.Printed] : [viewed, Edition.Printed.Except(viewed).ToList()];
        foreach (var editions in passes)
        {
            var pdf = new BuildOptions(options.OutputRoot, editions, Pdf: true, Html: true) { FrontPage = false, Force = true };
            if (!await TryBuildAsync(pipeline, briefings, pdf))
            {
                return;
            }

            foreach (var briefing in briefings)
            {
                foreach (var edition in editions)
                {
                    Events.Publish(new PreviewEvent("pdf", PreviewServer.PdfPath(briefing.Id, edition.PdfName(briefing.Id))));
                }
            }

            var names = string.Join(", ", briefings.SelectMany(b => editions.Select(e => e.PdfName(b.Id))));
            log(Catalogue.In(options.Chinese, "watch.pdfs-printed", Now(), clock.ElapsedMilliseconds, names));
            Warn(pipeline.PdfWarnings);
        }
    }

    private bool Present(string folder)
    {
        var there = Directory.Exists(folder);
        if (!there && _removed.Add(folder))
        {
            log(Catalogue.In(options.Chinese, "watch.removed", Now(), DisplayPaths.For(folder)));
        }
        else if (there && _removed.Remove(folder))
        {
            log(Catalogue.In(options.Chinese, "watch.back", Now(), DisplayPaths.For(folder)));
            // Files written into the new folder before its watch was set up raise no event: look
            // once more when the restore has had time to finish.
            _ = Task.Delay(Rescan).ContinueWith(_ => _changes.Writer.TryWrite(folder), TaskScheduler.Default);
        }

        return there;
    }

    private async Task<bool> TryBuildAsync(BuildPipeline pipeline, IReadOnlyList<Briefing> briefings, BuildOptions build)
    {
        try
        {
            await pipeline.BuildAsync(briefings, build, _printer);
            return true;
        }
        catch (BuildFailedException e)
        {
            Report(e.Diagnostics);
            return false;
        }
    }

    /// <summary>What the build found that does not stop it, as build prints it: the preview shows the pages anyway.</summary>
    private void Warn(IEnumerable<Diagnostic> warnings)
    {
        foreach (var warning in warnings)
        {
            log(warning.Format(options.Chinese));
        }
    }

    private void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => d.Format(options.Chinese)).ToList();
        log(Catalogue.In(options.Chinese, "watch.problems", Now()));
        foreach (var line in lines)
        {
            log(line);
        }

        Events.Publish(new PreviewEvent("problems", PreviewServer.Lines(lines)));
    }

    private void Watch(string folder)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) => Changed(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed(string path)
    {
        // A briefing's folder itself deleted, created or renamed: it went, or it is back.
        if (options.Briefings.Any(folder => IsFolder(path, folder)))
        {
            _changes.Writer.TryWrite(path);
            return;
        }

        // Editors' swap and backup files are not sources.
        var name = Path.GetFileName(path);
        if (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".sbn", StringComparison.Ordinal) || name.EndsWith(".css", StringComparison.Ordinal))
        {
            _changes.Writer.TryWrite(path);
        }
    }

    private bool IsTemplate(string path) => IsIn(path, paths.Templates);

    // The office's settings beside a briefing's folder are part of what it is built from.
    private static bool IsOfficeOf(string path, string folder) =>
        string.Equals(Path.GetFullPath(path), Loading.OfficeReader.PathFor(folder), StringComparison.Ordinal);

    private static bool IsFolder(string path, string folder) =>
        string.Equals(Path.GetFullPath(path).TrimEnd('/'), Path.GetFullPath(folder).TrimEnd('/'), StringComparison.Ordinal);

    private static bool IsIn(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder).TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
