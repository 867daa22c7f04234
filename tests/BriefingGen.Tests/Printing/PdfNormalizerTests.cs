using System.Text;
using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>Chromium's clock dates and DOM node numbers are rewritten so that a PDF depends on its inputs only.</summary>
public sealed class PdfNormalizerTests
{
    [Fact]
    public void Dates_become_the_briefing_date_and_node_numbers_their_rank_keeping_length_and_order()
    {
        var pdf = Encoding.Latin1.GetBytes(
            "/CreationDate (D:20261125144252+00'00')\n/ID (node00000733)\n/ID (node00000262)\n/IDTree [(node00000262) 4 0 R (node00000733) 5 0 R]");

        var normalized = PdfNormalizer.Normalize(pdf, new DateTimeOffset(2025, 1, 8, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(pdf.Length, normalized.Length);
        Assert.Equal(
            "/CreationDate (D:20250108000000+00'00')\n/ID (node00000002)\n/ID (node00000001)\n/IDTree [(node00000001) 4 0 R (node00000002) 5 0 R]",
            Encoding.Latin1.GetString(normalized));
    }
}
