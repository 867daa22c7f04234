using System.Diagnostics;
using System.Text;
using BriefingGen.Checking;
using BriefingGen.Diagnostics;
using BriefingGen.Finishing;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Messages;
using BriefingGen.Model;
using BriefingGen.Printing;
using BriefingGen.Publishing;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Hyphenation;

namespace BriefingGen.Cli;

/// <summary>
/// The one pipeline: load and check every briefing, then localize, render, print and publish.
/// Nothing is rendered while any input has an error, and nothing is published unless all is good.
/// </summary>
internal sealed class BuildPipeline(ProjectPaths paths, IBuildProgress progress)
{
    /// <summary>How many briefings are rendered before their pages are finished: each subsetter run serves that many.</summary>
    private const int RenderedAtOnce = 8;

    /// <summary>A pipeline that says its progress as plain lines, in this run's language, to the action given.</summary>
    public BuildPipeline(ProjectPaths paths, Action<string> lines)
        : this(paths, new PlainBuildProgress(lines, Catalogue.Chinese, TimeProvider.System))
    {
    }

    /// <summary>What the last build found in its PDFs that does not stop it: the preflight's warnings, one a PDF.</summary>
    public List<Diagnostic> PdfWarnings { get; } = [];

    /// <summary>What the last build found in the output folder that does not stop it: files that do not match their manifest, folders it leaves.</summary>
    public List<Diagnostic> PublishWarnings { get; } = [];

    /// <summary>The pipeline's progress on the console, a grey line a step.</summary>
    public static BuildPipeline ForConsole(ProjectPaths paths) =>
        new(paths, line => Spectre.Console.AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[grey]{line}[/]"));

    /// <summary>
    /// The briefings a command names (or the share of them that <paramref name="select"/> keeps), found,
    /// loaded and checked, with every diagnostic printed in the user's language; null, with the exit
    /// code, when any has an error.
    /// </summary>
    public static IReadOnlyList<Briefing>? LoadNamed(IReadOnlyList<string> named, ProjectPaths paths, bool chinese, out int exitCode, Func<IReadOnlyList<string>, IReadOnlyList<string>>? select = null)
    {
        var diagnostics = new DiagnosticBag();
        var folders = BriefingFolders.Resolve(named, paths, diagnostics);
        var briefings = LoadAll(select is null ? folders : select(folders), diagnostics, paths);
        DiagnosticPrinter.Print(diagnostics.Sorted(), chinese);
        exitCode = ExitCodes.For(diagnostics.Items);
        return briefings;
    }

    /// <summary>Loads and checks; returns the briefings, or null when any has an error.</summary>
    public static IReadOnlyList<Briefing>? LoadAll(IEnumerable<string> folders, DiagnosticBag diagnostics, ProjectPaths? paths = null)
    {
        paths ??= ProjectPaths.Find();
        // Without the fonts there is nothing to check the characters against; the build reports them missing.
        var fonts = FontCoverage.TryLoad(paths.Fonts, paths.Templates);
        var briefings = new List<Briefing>();
        foreach (var folder in folders)
        {
            // The checker runs even when loading found errors, so that one pass reports them all.
            var errorsBefore = diagnostics.ErrorCount;
            var briefing = BriefingLoader.Read(folder, diagnostics);
            BriefingChecker.Check(briefing, diagnostics, loadedCleanly: diagnostics.ErrorCount == errorsBefore);
            if (fonts is not null)
            {
                var local = LocalFonts.For([OfficeReader.FontsFolderFor(folder)]);
                var usable = FontChoiceChecker.Usable(briefing.Fonts, fonts, local, diagnostics);
                GlyphChecker.Check(briefing.Texts, fonts.With(usable, local), diagnostics);
                briefing = briefing with { Fonts = usable };
            }

            // Each character's place serves the checks alone, and a build holds its briefings to the
            // end: with them, each held some 1.3 MB more (100 briefings: 133 MB of a 250 MB heap).
            briefings.Add(briefing with { Texts = [] });
        }

        return diagnostics.HasErrors ? null : briefings;
    }

    /// <summary>
    /// Builds and publishes the briefings. A warm printer (watch keeps one) is used and left open;
    /// otherwise a browser is started for this build and closed after it.
    /// </summary>
    public async Task BuildAsync(IReadOnlyList<Briefing> briefings, BuildOptions options, IPdfPrinter? warmPrinter = null)
    {
        var clock = Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        PublishWarnings.Clear();
        var fonts = FontCatalog.Load(paths.Fonts);
        var local = LocalFonts.For(briefings.Select(b => OfficeReader.FontsFolderFor(Path.GetDirectoryName(Path.GetFullPath(b.Location.File))!)));
        var renderer = new HtmlRenderer(paths.Templates);
        var subsetter = FontSubsetter.For(paths.Root);
        var (siteLinks, siteSheets) = SiteAssets.Links(paths.Templates, $"../{SiteAsset.Folder}/");
        var softHyphens = new SoftHyphens(InstalledPatterns.Load(paths.HyphenationPatterns));
        var outputRoot = OutputFolder.Resolve(options.OutputRoot, paths.Root, paths.Templates, SourceFolders(paths, briefings));

        var built = briefings.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);

        // A briefing whose outputs were made from these very inputs is left as it is published.
        var inputs = new BuildInputs(paths, options, local);
        var fingerprints = briefings.ToDictionary(b => b.Id, inputs.Of, StringComparer.Ordinal);
        var unchanged = briefings.Where(b => !options.Force && Manifest.IsCurrent(Path.Combine(outputRoot, b.Id), fingerprints[b.Id])).ToList();
        foreach (var briefing in unchanged)
        {
            progress.Unchanged(Path.Combine(outputRoot, briefing.Id));
        }

        briefings = briefings.Except(unchanged).ToList();

        // Chromium is the slowest part to start: it starts while the documents are rendered.
        var launching = options.Pdf && warmPrinter is null && briefings.Count > 0
            ? ChromiumPrinter.LaunchAsync(PrinterReads(paths, outputRoot), options.Printer with { Fontconfig = local.ConfigFile })
            : null;
        var stagings = new List<StagingFolder>();
        try
        {
            var printJobs = new List<(Briefing Briefing, StagingFolder Staging, Edition Edition, string Html)>();
            var views = new Dictionary<string, BriefingView>(StringComparer.Ordinal);
            var shared = new Dictionary<string, IReadOnlyList<ManifestEntry>>(StringComparer.Ordinal);
            // The briefings are rendered, their fonts subset and their pages finished a few at a time,
            // and what their documents hold is let go before the next few are rendered: the memory a
            // build needs does not grow with the number of briefings (with all 100 at once, the dotnet
            // process alone peaked at 370 MiB before the first print; bench/archive.sh).
            foreach (var batch in briefings.Chunk(RenderedAtOnce))
            {
                var pages = new List<(Briefing Briefing, StagingFolder Staging, string Html)>();
                var printFonts = new List<(Briefing Briefing, StagingFolder Staging, List<(FontFace Face, IReadOnlyCollection<int> CodePoints)> Subsets)>();
                foreach (var briefing in batch)
                {
                    var staging = new StagingFolder(outputRoot, briefing.Id);
                    stagings.Add(staging);
                    var view = Localizer.Localize(briefing);
                    views[briefing.Id] = view;
                    var documents = options.Editions.Where(_ => options.Pdf).Append(Edition.Site).Where(e => e.IsPrinted || options.Html)
                        // The printed editions break English words where the patterns allow; the intranet page
                        // leaves it to the reader's browser, and copied text keeps no soft hyphen.
                        .Select(edition => (Edition: edition, Html: edition.IsPrinted ? softHyphens.Apply(renderer.Render(view, edition)) : renderer.Render(view, edition, siteLinks)))
                        .ToList();
                    if (documents.Any(d => d.Edition.IsPrinted))
                    {
                        SiteAssets.WritePrintStylesheets(paths.Templates, staging);
                        // Its fonts.css is written once its fonts are subset, below.
                        printFonts.Add((briefing, staging, SiteAssets.Subsets(fonts, string.Concat(documents.Where(d => d.Edition.IsPrinted).Select(d => d.Html))).ToList()));
                    }
                    foreach (var (edition, html) in documents)
                    {
                        if (!edition.IsPrinted)
                        {
                            // Written once its fonts are subset, with those of the other pages of its batch, below.
                            pages.Add((briefing, staging, html));
                            continue;
                        }

                        printJobs.Add((briefing, staging, edition, staging.Write(edition.HtmlName(briefing.Id), html)));
                    }

                    progress.Rendered(briefing.Id, documents.Count);
                }

                // One run of the subsetter for the pages' and prints' fonts that the cache lacks. A print
                // edition names its subsets where the cache keeps them: a renderer then decodes a few
                // hundred glyphs of each face, not the whole of a font such as LXGW WenKai (8.8 MB).
                subsetter.Ensure(pages.SelectMany(p => SiteAssets.Subsets(fonts, p.Html)).Concat(printFonts.SelectMany(p => p.Subsets)));
                foreach (var (briefing, staging, subsets) in printFonts)
                {
                    staging.Write(Edition.PrintFontsName, SiteAssets.PrintFonts(subsets, subsetter, LocalFaces(briefing, local)));
                }

                // A page's shared assets go into out/assets/ as soon as it is finished, long before the
                // page itself is published: a build killed in between leaves the old page, whose assets
                // are still there, or the new one with all of its; a failed build leaves files no page
                // uses, which the next full build removes. Only what the manifests list is kept.
                foreach (var (briefing, staging, page) in pages)
                {
                    var (html, assets) = SiteAssets.Finish(page, siteSheets, fonts, subsetter, LocalFaces(briefing, local), $"../{SiteAsset.Folder}/");
                    SharedAssets.Write(outputRoot, assets);
                    staging.Write(Edition.Site.HtmlName(briefing.Id), html);
                    shared[briefing.Id] = assets.Select(a => a.Listed).ToList();
                }
            }

            if (options.Pdf && printJobs.Count > 0)
            {
                await PrintAllAsync(warmPrinter ?? await launching!, printJobs, views, options.Press, outputRoot, local);
            }

            foreach (var (briefing, staging) in briefings.Zip(stagings))
            {
                staging.Delete(Edition.PrintFontsName);
                staging.DeleteFolder(Edition.PrintStylesheets);
                var assets = shared.GetValueOrDefault(briefing.Id) ?? [];
                // A build of one format or some editions leaves the PDFs it did not make as they are
                // published; the manifest says which inputs each of those was made from (see README).
                var carried = staging.CarryOver("*.pdf");
                var madeFrom = Manifest.MadeFrom(Path.Combine(outputRoot, briefing.Id), carried);
                staging.Write(Manifest.FileName, Manifest.Build(Published(briefing, views[briefing.Id]), staging.Folder, fingerprints[briefing.Id], madeFrom, assets));
                staging.Publish();
                progress.Published(Path.Combine(outputRoot, briefing.Id), clock.Elapsed);
            }

            var warnings = new DiagnosticBag();
            if (options.RemoveGone)
            {
                foreach (var removed in GoneBriefings.Remove(outputRoot, built, warnings))
                {
                    progress.Removed(removed, paths.Data);
                }
            }

            if (options.Html && options.FrontPage)
            {
                FrontPage.Write(outputRoot, paths.Templates, renderer, fonts, subsetter, warnings);
                progress.FrontPage(Path.Combine(outputRoot, "index.html"), outputRoot);
            }

            if (options.RemoveGone)
            {
                // The whole site was built: what no page uses any more leaves out/assets/.
                SharedAssets.RemoveUnused(outputRoot, started);
            }

            PublishWarnings.AddRange(warnings.Sorted());
        }
        finally
        {
            await CloseAsync(launching);
            foreach (var staging in stagings)
            {
                staging.Dispose();
            }
        }
    }

    /// <summary>What the browser may read: the outputs it prints, and the fonts the print editions name where the project keeps them.</summary>
    public static IReadOnlyList<string> PrinterReads(ProjectPaths paths, string outputRoot) => [outputRoot, paths.Fonts, FontSubsetter.For(paths.Root).CacheFolder];

    /// <summary>The folders a build reads: data/ and each briefing's own folder, which no output may touch.</summary>
    public static IEnumerable<string> SourceFolders(ProjectPaths paths, IEnumerable<Briefing> briefings) =>
        briefings.Select(b => Path.GetDirectoryName(Path.GetFullPath(b.Location.File))!).Prepend(paths.Data);

    /// <summary>Closes the browser, if it started; a failure to start was already reported where it was awaited.</summary>
    private static async Task CloseAsync(Task<ChromiumPrinter>? launching)
    {
        if (launching is null)
        {
            return;
        }

        try
        {
            await (await launching).DisposeAsync();
        }
        catch (BuildFailedException)
        {
            // It never started: nothing to close.
        }
    }

    private async Task PrintAllAsync(IPdfPrinter printer, List<(Briefing Briefing, StagingFolder Staging, Edition Edition, string Html)> jobs, Dictionary<string, BriefingView> views, bool press, string outputRoot, LocalFonts local)
    {
        // Loaded before printing: a machine without the profiles fails at once, with the package to install.
        var profiles = ColourProfiles.Load();
        var themeRed = ThemeRed(paths.Templates);
        var clock = Stopwatch.StartNew();
        progress.Printing(jobs.Count, Math.Min(jobs.Count, printer.Tabs));
        // Each PDF is normalised and checked as soon as it is printed, while the others still print.
        var checkedPdfs = await Task.WhenAll(jobs.Select(async job =>
        {
            var printed = await printer.PrintAsync(job.Html, CancellationToken.None);
            var officeFonts = OfficeFonts(job.Briefing, local).SelectMany(f => f.Faces).Select(f => f.PostScriptName).ToList();
            return await Task.Run(() =>
            {
                var date = PdfNormalizer.DateFor(job.Briefing.Date);
                var normalized = PdfNormalizer.Normalize(printed, date);
                var facts = PdfFactsBuilder.For(job.Briefing, views[job.Briefing.Id], job.Edition, date);
                var name = job.Edition.PdfName(job.Briefing.Id);
                var files = new List<(string Name, byte[] Pdf)> { (name, PdfFinisher.Finish(normalized, facts, profiles)) };
                if (press)
                {
                    var colours = new PressColours(job.Briefing.Red ?? themeRed, job.Briefing.PressRed ?? Cmyk.DefaultRed);
                    files.Add((job.Edition.PressPdfName(job.Briefing.Id), PdfFinisher.Finish(normalized, facts, profiles, colours)));
                }

                // Each file is read once, for the checks of what the browser and the finisher wrote and
                // for the print preflight, which measures what those do not, on the finished edition (a
                // press file has its layout): its errors stop the build, its warnings are listed.
                var problems = new List<Diagnostic>();
                foreach (var (file, pdf) in files)
                {
                    var shown = Path.Combine(job.Briefing.Id, file);
                    using var parsed = new ParsedPdf(pdf);
                    problems.AddRange(PdfChecker.Check(PdfInspector.Inspect(parsed, withText: false), shown, officeFonts));
                    problems.AddRange(PdfChecker.CheckFinished(pdf, shown, press: file != name));
                    if (file == name)
                    {
                        var command = $"./briefing preflight {DisplayPaths.For(Path.Combine(outputRoot, job.Briefing.Id, name))}";
                        problems.AddRange(PreflightDiagnostics.ForBuild(shown, Preflight.Run(parsed), command));
                    }
                }

                // Into the staging folder at once, so that a build of many briefings holds no PDF in
                // memory once it is checked; a build that fails discards its staging folders whole.
                foreach (var (file, pdf) in files)
                {
                    job.Staging.Write(file, pdf);
                }

                // The print HTML was only the browser's input; the intranet page is index.html.
                File.Delete(job.Html);
                progress.Printed(job.Briefing.Id, name);
                return problems;
            });
        }));

        var problems = new List<Diagnostic>(printer.TakeProblems());
        PdfWarnings.Clear();
        foreach (var found in checkedPdfs)
        {
            problems.AddRange(found.Where(d => d.IsError));
            PdfWarnings.AddRange(found.Where(d => !d.IsError));
        }

        progress.PrintedAll(clock.Elapsed);
        if (problems.Count > 0)
        {
            throw new BuildFailedException([.. problems, .. PdfWarnings]);
        }
    }

    /// <summary>The theme's red (templates/css/theme.css --red), which the pages show when the office sets none.</summary>
    private static string? ThemeRed(string templates)
    {
        var css = File.ReadAllText(Path.Combine(templates, "css", "theme.css"));
        var match = System.Text.RegularExpressions.Regex.Match(css, @"--red:\s*(#[0-9a-fA-F]{6})\s*;");
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>What the manifest says of a briefing, so that the front page can list it later.</summary>
    private static PublishedBriefing Published(Briefing briefing, BriefingView view) => new(
        briefing.Id,
        briefing.Date,
        briefing.Issue,
        briefing.Series.Zh,
        briefing.Series.En,
        view.TitleText.Zh,
        view.TitleText.En,
        [])
    {
        Summary = (view.SummaryText.Zh, view.SummaryText.En),
        Office = (briefing.Office.Zh, briefing.Office.En),
        SiteUrl = briefing.SiteUrl,
    };

    /// <summary>The office's own fonts that the briefing's stacks name: the families the project does not ship, found on this machine.</summary>
    private IEnumerable<(string Family, IReadOnlyList<LocalFont> Faces)> OfficeFonts(Briefing briefing, LocalFonts local)
    {
        var shipped = FontCatalog.Load(paths.Fonts).Faces.Select(f => f.Family).ToHashSet(StringComparer.Ordinal);
        return briefing.Fonts.SelectMany(choice => choice.Families).Distinct(StringComparer.Ordinal)
            .Where(family => !shipped.Contains(family))
            .Select(family => (Family: family, Faces: (IReadOnlyList<LocalFont>)local.Faces(family).Where(f => f.IsTrueType).ToList()))
            .Where(f => f.Faces.Count > 0);
    }

    /// <summary>The @font-face rules of the office's own fonts that the briefing's stacks name.</summary>
    private string LocalFaces(Briefing briefing, LocalFonts local) =>
        string.Concat(OfficeFonts(briefing, local).Select(f => LocalFontFaces.Stylesheet(f.Family, f.Faces)));
}
