using System.Buffers.Binary;
using BriefingGen.Finishing;

namespace BriefingGen.Tests.Finishing;

/// <summary>Fonts named after their real family and weight, read from the embedded file's OS/2 table.</summary>
public sealed class FontNamesTests
{
    [Theory]
    [InlineData("AAAAAA+NotoSerifSCExtraLight-Regular", 400, false, "AAAAAA+NotoSerifSC-Regular")]
    [InlineData("BAAAAA+NotoSansSCThin-Bold", 700, false, "BAAAAA+NotoSansSC-Bold")]
    [InlineData("CAAAAA+NotoSerif-Italic", 400, true, "CAAAAA+NotoSerif-Italic")]
    [InlineData("DAAAAA+LXGWWenKai-Light", 300, false, "DAAAAA+LXGWWenKai-Light")]
    public void A_variable_font_instance_is_named_after_its_weight_not_the_default_instance(string pdfName, int weight, bool italic, string expected)
    {
        Assert.Equal(expected, FontNames.Real(pdfName, FontWithOs2(weight, italic)));
    }

    [Fact]
    public void A_font_without_an_os2_table_keeps_its_name()
    {
        Assert.Equal("AAAAAA+Some-Regular", FontNames.Real("AAAAAA+Some-Regular", new byte[12]));
    }

    /// <summary>A TrueType file with only its table directory and an OS/2 table.</summary>
    private static byte[] FontWithOs2(int weight, bool italic)
    {
        var font = new byte[12 + 16 + 96];
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), 1);
        "OS/2"u8.CopyTo(font.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 8), 28);
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 12), 96);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(28 + 4), (ushort)weight);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(28 + 62), (ushort)(italic ? 1 : 0x40));
        return font;
    }
}
