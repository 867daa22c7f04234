using System.Text;
using BriefingGen.Finishing;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Finishing;

/// <summary>
/// Prints small hand-written pages with the project's own printer (real Chromium, the project's fonts),
/// each with one known defect, for the preflight to measure. One browser serves the whole class.
/// </summary>
public sealed class HandWrittenPages : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefinggen-preflight-").FullName;
    private ChromiumPrinter? _printer;
    private int _count;

    public async Task InitializeAsync() =>
        _printer = await ChromiumPrinter.LaunchAsync([_folder], PrinterOptions.Default);

    /// <summary>A GB/T 9704 page: A4, the standard's margins, 16 pt Noto Serif SC on a 28.95 pt pitch, in Chinese.</summary>
    internal Task<PreflightReport> ChineseAsync(string body, string css = "") => PrintAsync("zh-CN", $$"""
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @page :left { margin-left: 26mm; margin-right: 28mm; }
        html { font: 16pt/28.95pt "Noto Serif SC"; letter-spacing: -0.22pt; orphans: 1; widows: 1; }
        body { margin: 0; } p { margin: 0; text-indent: 2em; text-align: justify; }
        {{css}}
        """, body);

    internal async Task<PreflightReport> PrintAsync(string language, string css, string body)
    {
        var page = Path.Combine(_folder, $"page{Interlocked.Increment(ref _count)}");
        Directory.CreateDirectory(Path.Combine(page, "fonts"));
        var characters = new HashSet<int>((css + body).EnumerateRunes().Select(r => r.Value));
        var faces = FontCatalog.Load(Path.Combine(TestPaths.Repository, "node_modules", "@fontsource")).FacesFor(characters);
        foreach (var face in faces)
        {
            File.Copy(face.File, Path.Combine(page, "fonts", Path.GetFileName(face.File)), overwrite: true);
        }

        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\"><title>preflight</title><style>")
            .Append(FontCatalog.Stylesheet(faces, face => $"fonts/{Path.GetFileName(face.File)}")).Append(css)
            .Append("</style></head><body>").Append(body).Append("</body></html>");
        var path = Path.Combine(page, "index.html");
        await File.WriteAllTextAsync(path, html.ToString());
        var pdf = await _printer!.PrintAsync(path, CancellationToken.None);
        return Preflight.Run(pdf);
    }

    public async Task DisposeAsync()
    {
        if (_printer is not null)
        {
            await _printer.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
