using ApprovalTests;
using ApprovalTests.Writers;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>Each edition's HTML for the Jinan briefing, snapshotted: a change to data, localizer or templates shows here.</summary>
public sealed class HtmlSnapshotTests
{
    private static readonly Lazy<BriefingView> Jinan = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(TestPaths.Jinan, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        return Localizer.Localize(briefing);
    });

    [Fact]
    public void Chinese_edition_html() => Verify(Edition.Chinese);

    [Fact]
    public void English_edition_html() => Verify(Edition.English);

    [Fact]
    public void Bilingual_edition_html() => Verify(Edition.Bilingual);

    [Fact]
    public void Intranet_page_html() => Verify(Edition.Site);

    private static void Verify(Edition edition)
    {
        var html = new HtmlRenderer(TestPaths.Templates).Render(Jinan.Value, edition);
        Approvals.Verify(WriterFactory.CreateTextWriter(html, "html"));
    }
}
