using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Verifying;

/// <summary>
/// All snapshots of one briefing, by name: the ones approved in data/&lt;id&gt;/snapshots/, or the ones
/// taken now from its built outputs in out/&lt;id&gt;/.
/// </summary>
internal sealed class SnapshotSet(IReadOnlyDictionary<string, Snapshot> snapshots)
{
    public const string FolderName = "snapshots";

    public IReadOnlyDictionary<string, Snapshot> ByName { get; } = snapshots;

    public int Pages => ByName.Values.Count(s => s.IsImage);

    /// <summary>The snapshots of the outputs found in a briefing's output folder: each PDF's text and pages, and its intranet page.</summary>
    public static SnapshotSet Take(string outputFolder, string id)
    {
        // The editions are drawn at once: each is a pdftoppm and a pngquant process of its own.
        var editions = Edition.Printed
            .Select(edition => (Edition: edition, Pdf: Path.Combine(outputFolder, edition.PdfName(id))))
            .Where(e => File.Exists(e.Pdf))
            .Select(e => Task.Run(() => TakePdf(e.Edition, e.Pdf)))
            .ToList();
        var taken = Task.WhenAll(editions).GetAwaiter().GetResult().SelectMany(s => s).ToList();

        var site = Path.Combine(outputFolder, Edition.Site.HtmlName(id));
        if (File.Exists(site))
        {
            taken.Add(Snapshot.OfText(Snapshot.SiteName, SitePage.Normalize(File.ReadAllText(site))));
        }

        return new SnapshotSet(taken.ToDictionary(s => s.Name, StringComparer.Ordinal));
    }

    private static List<Snapshot> TakePdf(Edition edition, string pdf)
    {
        var text = Snapshot.OfText(Snapshot.TextName(edition), PdfTextDump.Write(PdfInspector.Inspect(File.ReadAllBytes(pdf))));
        var pages = PageImages.Render(pdf).Select((png, i) => new Snapshot(Snapshot.PageName(edition, i + 1), png));
        return pages.Prepend(text).ToList();
    }

    /// <summary>The approved snapshots in <paramref name="folder"/>, or null when there is no such folder.</summary>
    public static SnapshotSet? Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var read = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => new Snapshot(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        return new SnapshotSet(read);
    }

    /// <summary>
    /// Makes <paramref name="folder"/> hold exactly these snapshots: files that changed are written,
    /// files no output has any more (pages of a shorter PDF) are deleted, unchanged files are left alone.
    /// </summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, Snapshot.PagesFolder));
        foreach (var stale in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => !ByName.ContainsKey(Path.GetRelativePath(folder, path).Replace('\\', '/'))))
        {
            File.Delete(stale);
        }

        foreach (var snapshot in ByName.Values)
        {
            var path = Path.Combine(folder, snapshot.Name);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(snapshot.Content))
            {
                File.WriteAllBytes(path, snapshot.Content);
            }
        }
    }
}
