using System.Globalization;
using System.Security;
using System.Text;

namespace BriefingGen.Finishing;

/// <summary>
/// The XMP metadata stream of a finished PDF: what /Info says, in the form PDF/A requires
/// (ISO 19005-2 6.6), with the PDF/A-2b identification. Every value comes from the briefing, so
/// the packet is the same for the same inputs (no clock, no random document id).
/// </summary>
internal static class XmpPacket
{
    public static byte[] Build(PdfFacts facts, string producer, string documentId)
    {
        var date = facts.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var titles = new StringBuilder();
        titles.Append(CultureInfo.InvariantCulture, $"<rdf:li xml:lang=\"x-default\">{E(facts.Title)}</rdf:li>");
        foreach (var (lang, text) in facts.Titles)
        {
            titles.Append(CultureInfo.InvariantCulture, $"<rdf:li xml:lang=\"{E(lang)}\">{E(text)}</rdf:li>");
        }

        var languages = string.Concat(facts.Languages.Select(l => $"<rdf:li>{E(l)}</rdf:li>"));
        var xml = $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
              xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:xmp="http://ns.adobe.com/xap/1.0/"
              xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
              xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
              xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt>{titles}</rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>{E(facts.Author)}</rdf:li></rdf:Seq></dc:creator>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{E(facts.Subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag>{languages}</rdf:Bag></dc:language>
            <xmp:CreatorTool>{E(PdfFacts.Creator)}</xmp:CreatorTool>
            <xmp:CreateDate>{date}</xmp:CreateDate>
            <xmp:ModifyDate>{date}</xmp:ModifyDate>
            <xmp:MetadataDate>{date}</xmp:MetadataDate>
            <pdf:Producer>{E(producer)}</pdf:Producer>
            <xmpMM:DocumentID>uuid:{documentId}</xmpMM:DocumentID>
            <xmpMM:InstanceID>uuid:{documentId}</xmpMM:InstanceID>
            <pdfaid:part>2</pdfaid:part>
            <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
        return new UTF8Encoding(false).GetBytes(xml.ReplaceLineEndings("\n"));
    }

    private static string E(string text) => SecurityElement.Escape(text);
}
