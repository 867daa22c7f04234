using System.Text;
using BriefingGen.Finishing;

namespace BriefingGen.Tests.Finishing;

/// <summary>The glyphs Chromium paints for soft hyphens and word joiners, as it writes them, taken out of the text.</summary>
public sealed class InvisibleGlyphsTests
{
    // "in<U+00AD>dustry" as Chromium 156 writes a soft hyphen that did not break: the space glyph, no advance, its character as ActualText.
    private const string Word = "BT\n/F4 12 Tf\n1 0 0 -1 100 700 Tm\n<004c> Tj\n4.05 0 Td\n<0051> Tj\n"
        + "/Span <</ActualText <feff00ad> >> BDC\n8.16 0 Td\n<0003> Tj\nEMC\n0 0 Td\n<0047> Tj\nET\n";

    [Fact]
    public void An_unbroken_soft_hyphen_loses_its_glyph_and_its_span_and_keeps_its_move()
    {
        var operations = InvisibleGlyphs.Drop(ContentStream.Parse(Encoding.Latin1.GetBytes(Word)));

        Assert.Equal(["BT", "Tf", "Tm", "Tj", "Td", "Tj", "Td", "Td", "Tj", "ET"], operations.Select(o => o.Operator));
        Assert.Equal(["<004c>", "<0051>", "<0047>"], operations.Where(o => o.Operator == "Tj").Select(o => o.Operands[0]));
    }

    [Fact]
    public void A_span_that_also_shows_letters_keeps_its_glyphs_and_loses_only_the_invisible_characters_of_its_text()
    {
        // An "ff" ligature formed across a soft hyphen: the ligature's glyph and the hyphen's, one span for "f\u00ADf".
        var ligature = "BT\n/Span <</ActualText <feff006600ad0066> >> BDC\n7.84 0 Td\n<00ed> Tj\n10.37 0 Td\n<0003> Tj\nEMC\nET\n";

        var operations = InvisibleGlyphs.Drop(ContentStream.Parse(Encoding.Latin1.GetBytes(ligature)));

        Assert.Equal("<</ActualText <feff00660066> >>", operations.Single(o => o.Operator == "BDC").Operands[1]);
        Assert.Equal(2, operations.Count(o => o.Operator == "Tj"));
    }

    [Fact]
    public void Marked_content_that_is_not_an_invisible_character_is_left_as_written()
    {
        var tagged = "/P <</MCID 3 >> BDC\nBT\n<0044> Tj\nET\nEMC\n/Span <</ActualText <feff0041> >> BDC\nBT\n<0044> Tj\nET\nEMC\n";
        var operations = ContentStream.Parse(Encoding.Latin1.GetBytes(tagged));

        Assert.Equal(ContentStream.Write(operations), ContentStream.Write(InvisibleGlyphs.Drop(operations)));
    }
}
