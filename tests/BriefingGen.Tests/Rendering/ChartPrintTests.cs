using System.Net;
using BriefingGen.Cli;
using BriefingGen.Localization;
using BriefingGen.Printing;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>The charts fixture printed by real Chromium in all three editions: every chart's figures on the page, nothing shrunk or cut off.</summary>
public sealed class ChartPrintTests
{
    [Fact]
    public async Task Every_chart_kind_prints_its_figures_inside_the_page_in_every_edition()
    {
        var briefing = ChartDrawingTests.Load();
        var charts = Localizer.Localize(briefing).Sections.SelectMany(s => s.Blocks).Select(b => b.Chart).OfType<ChartView>().ToList();
        var output = Directory.CreateTempSubdirectory("briefinggen-charts-").FullName;
        try
        {
            await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { })
                .BuildAsync([briefing], new BuildOptions(output, Edition.Printed, Pdf: true, Html: true));

            foreach (var (edition, languages) in new[] { ("zh", new[] { "zh" }), ("en", ["en"]), ("zh-en", ["zh", "en"]) })
            {
                var report = PdfInspector.Inspect(File.ReadAllBytes(Path.Combine(output, briefing.Id, $"{briefing.Id}.{edition}.pdf")));
                var text = Squeezed(string.Concat(report.Pages.Select(p => p.Text)));

                Assert.Empty(PdfChecker.Check(report, edition));
                Assert.All(report.Layouts, page =>
                {
                    Assert.Equal("", page.TextOffPage);
                    Assert.InRange(page.MinScale, 0.7425, 0.7575);
                });
                foreach (var language in languages)
                {
                    var figures = charts.SelectMany(c => c.Whole is null ? c.Points : c.Points.Append(c.Whole)).Select(p => language == "zh" ? p.ValueText.Zh : p.ValueText.En);
                    Assert.All(figures, figure => Assert.Contains(Squeezed(WebUtility.HtmlDecode(figure)), text, StringComparison.Ordinal));
                }
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    // Text read back from a PDF keeps its letters but not always its spaces and line breaks.
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
