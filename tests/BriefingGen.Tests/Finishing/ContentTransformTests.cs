using System.Text;
using BriefingGen.Finishing;
using BriefingGen.Model;

namespace BriefingGen.Tests.Finishing;

/// <summary>Content streams as Chromium writes them: parsed and written back, page numbers marked as artifacts, colours made CMYK.</summary>
public sealed class ContentTransformTests
{
    // The start of a page as Chromium 156 prints it: the @page margin box (the page number), untagged, then the tagged body.
    private const string Page = ".24 0 0 -.24 0 841.92 cm\nq\n0 0 0 RG 0 0 0 rg\nBT\n/F4 18.66 Tf\n1 0 0 -1 116.6 1038 Tm\n<00c4> Tj\nET\nQ\n"
        + "q\n306.25 437.5 1842.5 2657.5 re\nW* n\n0.878 0.125 0.118 rg\n/NonStruct <</MCID 0 >>BDC\nBT\n/F10 21.33 Tf\n(a\\)b) Tj\n[<0001> -20 <0002>] TJ\nET\nEMC\nQ\n";

    [Fact]
    public void A_content_stream_written_back_unchanged_keeps_every_operand_as_written()
    {
        var operations = ContentStream.Parse(Encoding.Latin1.GetBytes(Page));

        var again = ContentStream.Parse(ContentStream.Write(operations));

        Assert.Equal(operations.Select(o => o.Operator + string.Join(" ", o.Operands)), again.Select(o => o.Operator + string.Join(" ", o.Operands)));
        Assert.Contains(operations, o => o.Operator == "Tj" && o.Operands[0] == "(a\\)b)");
        Assert.Contains(operations, o => o.Operator == "BDC" && o.Operands[1] == "<</MCID 0 >>");
    }

    [Fact]
    public void The_untagged_page_number_becomes_an_artifact_and_nothing_is_left_unmarked()
    {
        var operations = ContentStream.Parse(Encoding.Latin1.GetBytes(Page));
        Assert.True(ArtifactMarker.UnmarkedPainting(operations) > 0);

        var marked = ArtifactMarker.Mark(operations);

        Assert.Equal(0, ArtifactMarker.UnmarkedPainting(marked));
        var artifact = marked.FindIndex(o => o.Operator == "BMC" && o.Operands[0] == "/Artifact");
        Assert.True(artifact >= 0 && artifact < marked.FindIndex(o => o.Operator == "Tj"));
        Assert.Equal(1, marked.Count(o => o.Operator == "BMC"));
    }

    [Fact]
    public void Press_colours_make_black_pure_K_the_red_the_office_inks_and_no_rg_is_left()
    {
        var inks = new Cmyk(0, 0.9, 0.85, 0.05);
        var converter = new CmykConverter("#e0201e", inks);

        var converted = converter.Convert(ContentStream.Parse(Encoding.Latin1.GetBytes(Page)));

        Assert.DoesNotContain(converted, o => o.Operator is "rg" or "RG");
        Assert.Contains(converted, o => o.Operator == "k" && string.Join(" ", o.Operands) == "0 0 0 1");
        Assert.Contains(converted, o => o.Operator == "K" && string.Join(" ", o.Operands) == "0 0 0 1");
        Assert.Contains(converted, o => o.Operator == "k" && string.Join(" ", o.Operands) == string.Join(" ", inks.Operands()));
    }

    [Fact]
    public void A_grey_converts_to_black_ink_alone()
    {
        Assert.Equal(new Cmyk(0, 0, 0, 0.5), Cmyk.FromRgb(0.5, 0.5, 0.5));
    }
}
