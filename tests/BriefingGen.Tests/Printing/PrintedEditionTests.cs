using ApprovalTests;
using BriefingGen.Printing;

namespace BriefingGen.Tests.Printing;

/// <summary>The three PDFs of the Jinan briefing, printed by real Chromium and read back with PdfPig.</summary>
public sealed class PrintedEditionTests(JinanBuild build) : IClassFixture<JinanBuild>
{
    [Fact]
    public void Chinese_pdf_snapshot() => Approvals.Verify(PdfReportDump.Write(PdfInspector.Inspect(build.Pdf("zh"))));

    [Fact]
    public void English_pdf_snapshot() => Approvals.Verify(PdfReportDump.Write(PdfInspector.Inspect(build.Pdf("en"))));

    [Fact]
    public void Bilingual_pdf_snapshot() => Approvals.Verify(PdfReportDump.Write(PdfInspector.Inspect(build.Pdf("zh-en"))));
}
