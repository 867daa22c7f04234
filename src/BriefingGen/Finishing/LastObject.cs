using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Finishing;

/// <summary>
/// Replaces the stream of the last object of a PDF that PDFsharp saved. PDFsharp always writes
/// an XMP packet of its own, with random ids and unescaped text, as its last object: the packet
/// this project writes takes its place. Every other object keeps its offset, so only startxref moves.
/// </summary>
internal static partial class LastObject
{
    public static byte[] Replace(byte[] pdf, long position, int objectNumber, byte[] stream)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = (int)position;
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var tail = StartXref().Match(text);
        if (!text.AsSpan(at).StartsWith($"{objectNumber} 0 obj", StringComparison.Ordinal) || xref <= at || !tail.Success
            || CountOf(text[at..xref], "endobj") != 1)
        {
            throw new InvalidOperationException($"Object {objectNumber} is not the last one of the PDF PDFsharp saved.");
        }

        var head = Encoding.Latin1.GetBytes($"{objectNumber} 0 obj\n<</Type/Metadata/Subtype/XML/Length {stream.Length}>>\nstream\n");
        var end = "\nendstream\nendobj\n"u8.ToArray();
        var newXref = at + head.Length + stream.Length + end.Length;
        var trailer = text[xref..tail.Index] + $"startxref\n{newXref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n";
        return [.. pdf.AsSpan(0, at), .. head, .. stream, .. end, .. Encoding.Latin1.GetBytes(trailer)];
    }

    private static int CountOf(string text, string word) => Regex.Count(text, Regex.Escape(word));

    [GeneratedRegex(@"startxref\s+\d+\s+%%EOF\s*$")]
    private static partial Regex StartXref();
}
