using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Verifying;

/// <summary>
/// Every page of a PDF as a compact PNG: rasterized by poppler's pdftoppm (a real PDF renderer, as a
/// reader's viewer would draw it) at <see cref="Resolution"/> dpi, then reduced by pngquant to a
/// palette of <see cref="Colours"/> colours without dithering, which keeps each page small and the
/// same bytes for the same PDF.
/// </summary>
internal static class PageImages
{
    /// <summary>72 dpi: one pixel a point, enough to show a changed glyph of the 16 pt body.</summary>
    public const int Resolution = 72;

    /// <summary>
    /// A palette this large moves no pixel more than a few steps of 255 from pdftoppm's own, so the
    /// comparison's tolerance is spent on the renderer, not on the palette; a page stays near 40 KB.
    /// </summary>
    public const int Colours = 128;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The pages in order, each a PNG file's bytes.</summary>
    public static IReadOnlyList<byte[]> Render(string pdf)
    {
        var work = Directory.CreateTempSubdirectory("briefinggen-pages-");
        try
        {
            var prefix = Path.Combine(work.FullName, "page");
            Run("pdftoppm", "poppler-utils", ["-png", "-r", Resolution.ToString(CultureInfo.InvariantCulture), pdf, prefix]);
            // pdftoppm pads the page number to the width of the last one: page-1.png or page-01.png.
            var pages = work.GetFiles("page-*.png")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f.Name)["page-".Length..], CultureInfo.InvariantCulture))
                .Select(f => f.FullName)
                .ToList();
            if (pages.Count > 0)
            {
                Run("pngquant", "pngquant", ["--nofs", "--strip", "--force", "--ext", ".png", Colours.ToString(CultureInfo.InvariantCulture), "--", .. pages]);
            }

            return pages.Select(File.ReadAllBytes).ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Run(string program, string package, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new BuildFailedException(Errors.PageRendererMissing(program, package));
            var output = process.StandardOutput.ReadToEndAsync();
            var said = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new BuildFailedException(Errors.PageRendererFailed(program, $"no answer in {Limit.TotalSeconds:0} s"));
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new BuildFailedException(Errors.PageRendererFailed(program, said.Result.Trim() + output.Result.Trim()));
            }
        }
        catch (Win32Exception)
        {
            throw new BuildFailedException(Errors.PageRendererMissing(program, package));
        }
    }
}
