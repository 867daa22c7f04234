using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Finishing;

/// <summary>
/// A PDF read once with PdfPig, its pages' content streams parsed once, for every check that reads
/// them: the content streams are what makes reading a PDF slow, and a build reads each of its PDFs
/// for several checks.
/// </summary>
internal sealed class ParsedPdf : IDisposable
{
    private IReadOnlyList<Page>? _pages;

    public ParsedPdf(byte[] pdf)
    {
        File = PdfDocument.Open(pdf);
    }

    public PdfDocument File { get; }

    /// <summary>The document's /Lang, or null; read from the catalogue alone, without the pages.</summary>
    public string? Language =>
        File.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), File.Structure.TokenScanner, out StringToken? lang) ? lang.Data : null;

    /// <summary>Every page, with its letters and paths, parsed on first use.</summary>
    public IReadOnlyList<Page> Pages => _pages ??= File.GetPages().ToList();

    /// <summary>The last page, without parsing the others when they are not parsed yet.</summary>
    public Page LastPage => _pages is { Count: > 0 } pages ? pages[^1] : File.GetPage(File.NumberOfPages);

    public void Dispose() => File.Dispose();
}
