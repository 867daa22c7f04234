using System.Globalization;
using System.Xml.Linq;
using BriefingGen.Diagnostics;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BriefingGen.Finishing;

/// <summary>
/// The checks of PDF/A-2b and of a press file that can be made without veraPDF: XMP present and
/// agreeing with /Info, the PDF/A-2b identification, an OutputIntent with its profile embedded,
/// no DeviceRGB in a press file, links with /Contents, figures with /Alt, and nothing painted
/// that is neither tagged nor an artifact. Run on every PDF every build writes.
/// </summary>
internal static class FinishedPdfChecker
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";

    public static IEnumerable<Diagnostic> Check(byte[] pdf, string pdfName, bool press)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Import);
        var problems = new List<Diagnostic>();
        var catalog = document.Internals.Catalog;
        CheckXmp(catalog, document.Info, pdfName, problems);
        CheckOutputIntent(catalog, pdfName, press, problems);
        var number = 0;
        foreach (var page in document.Pages)
        {
            number++;
            var operations = ContentStream.Parse(page.Contents.CreateSingleContent().Stream.UnfilteredValue);
            if (ArtifactMarker.UnmarkedPainting(operations) is > 0 and var unmarked)
            {
                problems.Add(Errors.PaintingNotTagged(pdfName, number, unmarked));
            }

            if (press && operations.FirstOrDefault(IsRgb) is { } rgb)
            {
                problems.Add(Errors.RgbInPressPdf(pdfName, number, string.Join(' ', rgb.Operands.Append(rgb.Operator))));
            }

            var links = (page.Elements.GetArray("/Annots")?.Elements.ToList() ?? [])
                .Select(a => (a is PdfReference r ? r.Value : a) as PdfDictionary)
                .Count(a => a?.Elements.GetName("/Subtype") == "/Link" && string.IsNullOrEmpty(a.Elements.GetString("/Contents")));
            if (links > 0)
            {
                problems.Add(Errors.LinkWithoutContents(pdfName, number, links));
            }
        }

        if (StructureTree.Figures(catalog).Count(f => f.Alt is null) is > 0 and var figures)
        {
            problems.Add(Errors.FigureWithoutAlt(pdfName, figures));
        }

        return problems;
    }

    /// <summary>rg and RG, and a colour space or image in DeviceRGB, set in the page's own content.</summary>
    private static bool IsRgb(ContentOperation operation) =>
        operation.Operator is "rg" or "RG"
        || (operation.Operator is "cs" or "CS" && operation.Operands is ["/DeviceRGB"])
        || (operation.Operator == "BI" && (operation.Operands[0].Contains("/DeviceRGB", StringComparison.Ordinal) || operation.Operands[0].Contains("/CS /RGB", StringComparison.Ordinal)));

    private static void CheckXmp(PdfDictionary catalog, PdfDocumentInformation info, string pdfName, List<Diagnostic> problems)
    {
        XDocument xmp;
        try
        {
            if (catalog.Elements.GetReference("/Metadata")?.Value is not PdfDictionary metadata)
            {
                problems.Add(Errors.PdfWithoutXmp(pdfName));
                return;
            }

            xmp = XDocument.Parse(new System.Text.UTF8Encoding(false).GetString(metadata.Stream.UnfilteredValue).TrimStart('\uFEFF'));
        }
        catch (System.Xml.XmlException)
        {
            problems.Add(Errors.PdfWithoutXmp(pdfName));
            return;
        }

        string Value(XName name) => xmp.Descendants(name).FirstOrDefault() is { } e
            ? (e.Descendants(Rdf + "li").FirstOrDefault(li => (string?)li.Attribute(XNamespace.Xml + "lang") is null or "x-default")?.Value ?? e.Value)
            : "";
        void Agree(string infoKey, string infoValue, string xmpName, XName name)
        {
            if (!string.Equals(infoValue, Value(name), StringComparison.Ordinal))
            {
                problems.Add(Errors.XmpDisagrees(pdfName, infoKey, xmpName, infoValue, Value(name)));
            }
        }

        Agree("/Title", info.Title, "dc:title", Dc + "title");
        Agree("/Author", info.Author, "dc:creator", Dc + "creator");
        Agree("/Subject", info.Subject, "dc:description", Dc + "description");
        Agree("/Creator", info.Creator, "xmp:CreatorTool", Xmp + "CreatorTool");
        Agree("/Producer", info.Producer, "pdf:Producer", Pdf + "Producer");
        Agree("/CreationDate", XmpDate(info.Elements.GetString("/CreationDate")), "xmp:CreateDate", Xmp + "CreateDate");
        Agree("/ModDate", XmpDate(info.Elements.GetString("/ModDate")), "xmp:ModifyDate", Xmp + "ModifyDate");
        var part = Value(PdfAid + "part");
        var conformance = Value(PdfAid + "conformance");
        if (part != "2" || conformance != "B")
        {
            problems.Add(Errors.NotPdfA2b(pdfName, part, conformance));
        }
    }

    /// <summary>A PDF date (D:20250108000000+00'00') as XMP writes it (2025-01-08T00:00:00Z), to compare the two.</summary>
    private static string XmpDate(string pdfDate)
    {
        var text = pdfDate.StartsWith("D:", StringComparison.Ordinal) ? pdfDate[2..] : pdfDate;
        return text.Length >= 14 && DateTime.TryParseExact(text[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && text[14..] is "" or "Z" or "+00'00'" or "+00'00"
            ? date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : pdfDate;
    }

    private static void CheckOutputIntent(PdfDictionary catalog, string pdfName, bool press, List<Diagnostic> problems)
    {
        var intent = (catalog.Elements.GetArray("/OutputIntents")?.Elements.ToList() ?? [])
            .Select(i => (i is PdfReference r ? r.Value : i) as PdfDictionary)
            .FirstOrDefault(i => i?.Elements.GetName("/S") == "/GTS_PDFA1");
        if (intent is null)
        {
            problems.Add(Errors.NoOutputIntent(pdfName, new Words("has no PDF/A OutputIntent (GTS_PDFA1).", "没有 PDF/A 输出意图（GTS_PDFA1）。")));
            return;
        }

        var profile = intent.Elements.GetReference("/DestOutputProfile")?.Value as PdfDictionary;
        var data = profile?.Stream?.UnfilteredValue ?? [];
        var space = data.Length >= 20 ? System.Text.Encoding.ASCII.GetString(data, 16, 4) : "";
        var want = press ? "CMYK" : "RGB ";
        if (space != want)
        {
            problems.Add(Errors.NoOutputIntent(pdfName, new Words(
                $"has no embedded {want.Trim()} ICC profile in its OutputIntent (found '{space.Trim()}').",
                $"的输出意图中没有嵌入 {want.Trim()} ICC 特性文件（实际为“{space.Trim()}”）。")));
        }
    }
}
