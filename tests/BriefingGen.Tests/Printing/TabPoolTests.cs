using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>However many PDFs a build prints, the browser prints them in a small pool of tabs, reused from job to job.</summary>
public sealed class TabPoolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefinggen-tabs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_tab_that_has_printed_its_share_is_closed_and_a_fresh_one_prints_the_next()
    {
        var pages = Enumerable.Range(1, 5).Select(Page).ToList();

        await using var printer = await ChromiumPrinter.LaunchAsync([_folder], PrinterOptions.Default with { Tabs = 1, DocumentsPerTab = 2 });
        var pdfs = new List<byte[]>();
        foreach (var page in pages)
        {
            pdfs.Add(await printer.PrintAsync(page, CancellationToken.None));
        }

        Assert.All(pdfs, pdf => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal));
        // Two documents a tab: tabs for 1–2, 3–4 and 5.
        Assert.Equal(3, printer.TabsOpened);
    }

    private string Page(int i)
    {
        var path = Path.Combine(_folder, $"page{i}.html");
        File.WriteAllText(path, $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{i}</title></head><body><p>Page {i}</p></body></html>");
        return path;
    }

    [Fact]
    public async Task Many_prints_at_once_share_the_pool_s_tabs_and_each_gets_its_pdf()
    {
        const int tabs = 2;
        var pages = Enumerable.Range(1, 3 * tabs).Select(Page).ToList();

        await using var printer = await ChromiumPrinter.LaunchAsync([_folder], PrinterOptions.Default with { Tabs = tabs });
        var pdfs = await Task.WhenAll(pages.Select(page => printer.PrintAsync(page, CancellationToken.None)));

        Assert.All(pdfs, pdf => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal));
        Assert.InRange(printer.TabsOpened, 1, tabs);
    }
}
