using System.Text;
using BriefingGen.Finishing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Printing;

/// <summary>Reads a PDF back with PdfPig: metadata, tagging, outline, fonts and text per page.</summary>
internal static class PdfInspector
{
    /// <summary>Reads the PDF; the text of each page only when asked. Every page's letters are read for the layout checks.</summary>
    public static PdfReport Inspect(byte[] pdf, bool withText = true)
    {
        using var parsed = new ParsedPdf(pdf);
        return Inspect(parsed, withText);
    }

    /// <summary>Reads a PDF already read, whose pages other checks read too.</summary>
    public static PdfReport Inspect(ParsedPdf pdf, bool withText = true)
    {
        var document = pdf.File;
        var scanner = document.Structure.TokenScanner;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var language = pdf.Language;
        var tagged = catalog.TryGet(NameToken.Create("MarkInfo"), scanner, out DictionaryToken? markInfo)
            && markInfo.TryGet(NameToken.Create("Marked"), scanner, out BooleanToken? marked) && marked.Data;

        var fonts = Fonts(document.Structure.CrossReferenceTable.ObjectOffsets.Keys, scanner);
        var pages = new List<PdfPageInfo>();
        var layouts = new List<PdfPageLayout>();
        foreach (var page in pdf.Pages)
        {
            layouts.Add(Layout(page));
            if (withText)
            {
                pages.Add(new PdfPageInfo(Math.Round(page.Width, 2), Math.Round(page.Height, 2), Text(page)));
            }
        }

        var outline = document.TryGetBookmarks(out var bookmarks)
            ? Flatten(bookmarks.Roots).ToList()
            : [];
        return new PdfReport(document.Information.Title, language, tagged, outline, fonts, pages)
        {
            Information = Information(document.Information),
            Layouts = layouts,
        };
    }

    private static List<KeyValuePair<string, string>> Information(UglyToad.PdfPig.Content.DocumentInformation info) =>
        new[]
        {
            ("Author", info.Author), ("Subject", info.Subject), ("Keywords", info.Keywords), ("Creator", info.Creator),
            ("Producer", info.Producer), ("CreationDate", info.CreationDate), ("ModDate", info.ModifiedDate),
        }
        .Where(entry => !string.IsNullOrEmpty(entry.Item2))
        .Select(entry => KeyValuePair.Create(entry.Item1, entry.Item2!))
        .ToList();

    /// <summary>The scale of every letter (its size on the page over its font size) and the letters outside the page.</summary>
    private static PdfPageLayout Layout(Page page)
    {
        var scales = page.Letters
            .Where(letter => letter.FontSize > 0 && !string.IsNullOrWhiteSpace(letter.Value))
            .Select(letter => letter.PointSize / letter.FontSize)
            .ToList();
        var box = page.MediaBox.Bounds;
        var off = page.Letters
            .Where(letter => !string.IsNullOrWhiteSpace(letter.Value))
            .Where(letter => !Inside(letter.BoundingBox, box))
            .Select(letter => letter.Value);
        return new PdfPageLayout(
            page.Number,
            scales.Count == 0 ? 0 : scales.Min(),
            scales.Count == 0 ? 0 : scales.Max(),
            string.Concat(off.Take(40)));
    }

    /// <summary>The page's text a line a row: a new line starts where the text moves back to the left or jumps down.</summary>
    private static string Text(Page page)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null && StartsLine(previous, letter))
            {
                text.Append('\n');
            }

            text.Append(letter.Value);
            previous = letter;
        }

        return text.ToString();
    }

    // Half a point of slack: a glyph's box may touch the edge by rounding.
    private static bool Inside(PdfRectangle glyph, PdfRectangle page) =>
        glyph.Left >= page.Left - 0.5 && glyph.Right <= page.Right + 0.5
        && glyph.Bottom >= page.Bottom - 0.5 && glyph.Top <= page.Top + 0.5;

    private static bool StartsLine(Letter previous, Letter letter) =>
        letter.StartBaseLine.X < previous.StartBaseLine.X - 1
        || Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 1.5 * Math.Max(letter.PointSize, previous.PointSize);

    private static IEnumerable<string> Flatten(IEnumerable<BookmarkNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return new string(' ', node.Level * 2) + node.Title;
            foreach (var child in Flatten(node.Children))
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// Every top-level font of the file, found through the cross-reference table rather than the
    /// pages: that reads no content stream, which is what makes a full parse slow.
    /// </summary>
    private static List<PdfFontInfo> Fonts(IEnumerable<IndirectReference> objects, IPdfTokenScanner scanner)
    {
        var fonts = new SortedDictionary<string, PdfFontInfo>(StringComparer.Ordinal);
        foreach (var reference in objects)
        {
            if (scanner.Get(reference)?.Data is DictionaryToken dictionary
                && dictionary.TryGet(NameToken.Type, scanner, out NameToken? type) && type.Data == "Font"
                && !(dictionary.TryGet(NameToken.Subtype, scanner, out NameToken? subtype) && subtype.Data.StartsWith("CIDFont", StringComparison.Ordinal)))
            {
                var font = Describe(dictionary, scanner);
                fonts.TryAdd(font.Name, font);
            }
        }

        return fonts.Values.ToList();
    }

    private static PdfFontInfo Describe(DictionaryToken font, IPdfTokenScanner scanner)
    {
        var name = font.TryGet(NameToken.BaseFont, scanner, out NameToken? baseFont) ? baseFont.Data : "(no name)";
        var subtype = font.TryGet(NameToken.Subtype, scanner, out NameToken? type) ? type.Data : "?";
        var described = font;
        if (subtype == "Type0"
            && font.TryGet(NameToken.DescendantFonts, scanner, out ArrayToken? descendants)
            && Resolve(descendants.Data[0], scanner) is DictionaryToken descendant)
        {
            described = descendant;
            subtype = descendant.TryGet(NameToken.Subtype, scanner, out NameToken? cidType) ? cidType.Data : subtype;
        }

        var embedded = described.TryGet(NameToken.FontDescriptor, scanner, out DictionaryToken? descriptor)
            && (descriptor.ContainsKey(NameToken.FontFile) || descriptor.ContainsKey(NameToken.FontFile2) || descriptor.ContainsKey(NameToken.FontFile3));
        var typeName = subtype switch
        {
            "CIDFontType2" => "CID TrueType",
            "CIDFontType0" => "CID Type 0 (CFF)",
            "TrueType" => "TrueType",
            "Type3" => "Type 3",
            "Type1" => "Type 1",
            _ => subtype,
        };
        return new PdfFontInfo(name, typeName, embedded || subtype == "Type3");
    }

    private static IToken? Resolve(IToken token, IPdfTokenScanner scanner) =>
        token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;
}
