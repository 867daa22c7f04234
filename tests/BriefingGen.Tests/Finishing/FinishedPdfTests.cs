using System.Text;
using BriefingGen.Finishing;
using BriefingGen.Printing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace BriefingGen.Tests.Finishing;

/// <summary>The finished PDFs of a real build pass the archive and press checks, and each check fails on a file broken its way.</summary>
public sealed class FinishedPdfTests(JinanPressBuild build) : IClassFixture<JinanPressBuild>
{
    public static TheoryData<string> Files => ["zh.pdf", "en.pdf", "zh-en.pdf", "zh.press.pdf", "en.press.pdf", "zh-en.press.pdf"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_finished_pdf_passes_the_archive_checks(string file)
    {
        var problems = PdfChecker.CheckFinished(File.ReadAllBytes(build.PathOf(file)), file, press: file.Contains("press", StringComparison.Ordinal));

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_info_names_the_tool_as_creator_and_the_office_as_author(string file)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.PathOf(file));
        var office = BriefingGen.Loading.OfficeReader.Read(BriefingGen.Loading.OfficeReader.PathFor(TestPaths.Jinan), new BriefingGen.Diagnostics.DiagnosticBag(), p => new BriefingGen.Loading.YamlFile(p, new BriefingGen.Diagnostics.DiagnosticBag())).Name!;

        Assert.Equal(PdfFacts.Creator, pdf.Information.Creator);
        Assert.Contains(file.StartsWith("en", StringComparison.Ordinal) ? office.En : office.Zh, pdf.Information.Author, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct(), n => n.Contains("ExtraLight", StringComparison.Ordinal) || n.Contains("Thin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_whose_xmp_and_output_intent_are_gone_fails_the_checks()
    {
        var broken = Modify(File.ReadAllBytes(build.PathOf("zh.pdf")), document => document.Internals.Catalog.Elements.Remove("/OutputIntents"));

        var codes = PdfChecker.CheckFinished(broken, "zh.pdf", press: false).Select(d => d.Code).ToList();

        // PDFsharp writes its own XMP packet: no PDF/A-2b identification, an Info that disagrees.
        Assert.Contains("BG3103", codes);
        Assert.Contains("BG3104", codes);
    }

    [Fact]
    public void A_press_file_with_an_rgb_colour_fails_the_press_check()
    {
        var broken = Modify(File.ReadAllBytes(build.PathOf("zh.press.pdf")), document =>
        {
            var page = document.Pages[0];
            var content = (PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)page.Contents.Elements[0]).Value;
            PdfFinisher.SetStream(content, [.. content.Stream.UnfilteredValue, .. "\n1 0 0 rg\n"u8]);
        });

        Assert.Contains(PdfChecker.CheckFinished(broken, "zh.press.pdf", press: true), d => d.Code == "BG3105" && d.Message.Contains("page 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Finishing_the_same_pdf_twice_gives_the_same_bytes()
    {
        var input = File.ReadAllBytes(build.PathOf("en.pdf"));
        var facts = new PdfFacts("t", [("en", "t")], "office", "subject", ["en"], new DateTimeOffset(2025, 1, 8, 0, 0, 0, TimeSpan.Zero), new Dictionary<string, string>());

        var first = PdfFinisher.Finish(input, facts, ColourProfiles.Load());
        var second = PdfFinisher.Finish(input, facts, ColourProfiles.Load());

        Assert.Equal(first, second);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    private static byte[] Modify(byte[] pdf, Action<PdfSharp.Pdf.PdfDocument> change)
    {
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        change(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
