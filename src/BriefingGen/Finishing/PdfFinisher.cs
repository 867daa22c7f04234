using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BriefingGen.Finishing;

/// <summary>
/// Finishes a PDF Chromium printed, for the archive (PDF/A-2b identification, XMP, an sRGB
/// OutputIntent, artifacts, link contents, figure alt text, true font names) or, given press
/// colours, for the press (DeviceCMYK and a CMYK OutputIntent). PDFsharp opens the file with its
/// structure tree and saves every object it holds; what it writes from the clock or at random
/// (its XMP packet, the document id) is replaced by what the inputs give.
/// </summary>
internal static class PdfFinisher
{
    public static byte[] Finish(byte[] pdf, PdfFacts facts, ColourProfiles profiles, PressColours? press = null)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        // PDFsharp stamps /ModDate with the clock when it opens a file to modify: the date is the inputs'.
        document.Info.Elements["/ModDate"] = new PdfString(PdfDate(facts.Date));
        document.Info.Elements["/CreationDate"] = new PdfString(PdfDate(facts.Date));
        document.Info.Creator = PdfFacts.Creator;
        document.Info.Author = facts.Author;
        document.Info.Subject = facts.Subject;
        // The title as the briefing has it: Chromium cuts a long <title> short in /Info, and the XMP has it whole.
        document.Info.Title = facts.Title;
        var converter = press is null ? null : new CmykConverter(press.Red, press.RedInks);
        foreach (var page in document.Pages)
        {
            RewriteContent(page, converter);
            LinkContents(page, facts.Destinations);
        }

        StructureTree.AddFigureAlt(document.Internals.Catalog);
        RenameFonts(document);
        AddOutputIntent(document, press is null ? (profiles.Rgb, 3, ColourProfiles.RgbCondition) : (profiles.Cmyk, 4, ColourProfiles.CmykCondition));

        // The document id is the digest of what Chromium printed and how it was finished: the same
        // inputs give the same id, and the press file gets its own.
        var id = SHA256.HashData([.. pdf, .. Encoding.UTF8.GetBytes(press is null ? "archive" : "press")])[..16];
        document.Internals.FirstDocumentID = Encoding.Latin1.GetString(id);
        document.Internals.SecondDocumentID = Encoding.Latin1.GetString(id);
        document.Internals.Catalog.Elements["/Lang"] = new PdfString(facts.Languages[0]);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var metadata = document.Internals.Catalog.Elements.GetReference("/Metadata")
            ?? throw new InvalidOperationException("PDFsharp wrote no metadata stream.");
        var xmp = XmpPacket.Build(facts, document.Info.Producer, new Guid(id).ToString());
        return LastObject.Replace(output.ToArray(), (long)metadata.Position, metadata.ObjectNumber, xmp);
    }

    private static string PdfDate(DateTimeOffset date) =>
        "D:" + date.ToUniversalTime().ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "+00'00'";

    private static void RewriteContent(PdfPage page, CmykConverter? converter)
    {
        var streams = page.Contents.Elements.OfType<PdfReference>().ToList();
        if (streams.Count == 0 || streams[0].Value is not PdfDictionary content)
        {
            return;
        }

        var operations = ArtifactMarker.Mark(InvisibleGlyphs.Drop(ContentStream.Parse(page.Contents.CreateSingleContent().Stream.UnfilteredValue)));
        if (converter is not null)
        {
            operations = converter.Convert(operations);
            // A transparency group blends in the page's colour space: for the press, in CMYK.
            if (page.Elements.GetDictionary("/Group") is { } group && group.Elements.GetName("/CS") == "/DeviceRGB")
            {
                group.Elements.SetName("/CS", "/DeviceCMYK");
            }
        }

        // The page's content, joined into its first stream; the others are no longer referenced.
        SetStream(content, ContentStream.Write(operations));
        page.Elements["/Contents"] = streams[0];
    }

    /// <summary>A stream's new data, compressed (zlib is deterministic for the same bytes).</summary>
    internal static void SetStream(PdfDictionary dictionary, byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        dictionary.Elements.Remove("/DecodeParms");
        dictionary.Elements.SetName("/Filter", "/FlateDecode");
        dictionary.Stream.Value = compressed.ToArray();
        dictionary.Elements.SetInteger("/Length", dictionary.Stream.Length);
    }

    /// <summary>
    /// Says in words where each link goes (PDF/UA, and PDF/A's annotations): its address, or for a
    /// note mark the note it points to.
    /// </summary>
    private static void LinkContents(PdfPage page, IReadOnlyDictionary<string, string> destinations)
    {
        if (page.Elements.GetArray("/Annots") is not { } annotations)
        {
            return;
        }

        foreach (var item in annotations.Elements)
        {
            if ((item is PdfReference r ? r.Value : item) is not PdfDictionary link
                || link.Elements.GetName("/Subtype") != "/Link" || link.Elements.ContainsKey("/Contents"))
            {
                continue;
            }

            var uri = link.Elements.GetDictionary("/A")?.Elements.GetString("/URI");
            var dest = link.Elements.GetName("/Dest") is { Length: > 1 } name ? name[1..] : link.Elements.GetString("/Dest");
            var contents = !string.IsNullOrEmpty(uri) ? uri
                : destinations.TryGetValue(dest, out var note) ? note
                : dest;
            if (contents.Length > 0)
            {
                link.Elements["/Contents"] = new PdfString(contents);
            }
        }
    }

    /// <summary>Each embedded font named after its real family, weight and style (see <see cref="FontNames"/>).</summary>
    private static void RenameFonts(PdfDocument document)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var dictionaries = document.Internals.GetAllObjects().OfType<PdfDictionary>().ToList();
        foreach (var descriptor in dictionaries.Where(d => d.Elements.GetName("/Type") == "/FontDescriptor"))
        {
            var name = descriptor.Elements.GetName("/FontName");
            if (descriptor.Elements.GetReference("/FontFile2")?.Value is PdfDictionary file && name.Length > 1)
            {
                var real = "/" + FontNames.Real(name[1..], file.Stream.UnfilteredValue);
                renamed[name] = real;
                descriptor.Elements.SetName("/FontName", real);
            }
        }

        foreach (var font in dictionaries.Where(d => d.Elements.GetName("/Type") == "/Font"))
        {
            var baseFont = font.Elements.GetName("/BaseFont");
            // A Type0 font's name may carry its encoding after the descendant's ("…-Identity-H").
            var match = renamed.Keys.Where(old => baseFont.StartsWith(old, StringComparison.Ordinal)).MaxBy(old => old.Length);
            if (match is not null && (baseFont.Length == match.Length || baseFont[match.Length] == '-'))
            {
                font.Elements.SetName("/BaseFont", renamed[match] + baseFont[match.Length..]);
            }
        }
    }

    /// <summary>The OutputIntent PDF/A asks for (GTS_PDFA1), with the profile embedded; for the press also PDF/X's, on the same profile.</summary>
    private static void AddOutputIntent(PdfDocument document, (byte[] Profile, int Channels, string Condition) intent)
    {
        var profile = new PdfDictionary(document);
        document.Internals.AddObject(profile);
        profile.Elements.SetInteger("/N", intent.Channels);
        profile.CreateStream([]);
        SetStream(profile, intent.Profile);
        var intents = new PdfArray(document);
        var kinds = intent.Channels == 4 ? new[] { "/GTS_PDFA1", "/GTS_PDFX" } : ["/GTS_PDFA1"];
        foreach (var kind in kinds)
        {
            var outputIntent = new PdfDictionary(document);
            outputIntent.Elements.SetName("/Type", "/OutputIntent");
            outputIntent.Elements.SetName("/S", kind);
            outputIntent.Elements["/OutputConditionIdentifier"] = new PdfString(intent.Condition);
            outputIntent.Elements["/Info"] = new PdfString(intent.Condition);
            outputIntent.Elements.SetReference("/DestOutputProfile", profile);
            intents.Elements.Add(outputIntent);
        }

        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }
}
