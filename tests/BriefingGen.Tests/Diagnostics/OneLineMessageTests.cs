using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Printing;
using BriefingGen.Rendering;
using Xunit;

namespace BriefingGen.Tests.Diagnostics;

/// <summary>
/// Messages that a library writes on several lines (Scriban listing its errors, Chromium its
/// stderr) are printed as one readable line; a line break from the data stays shown as \u000A.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OneLineMessageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-one-line-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_template_error_that_scriban_writes_on_several_lines_is_printed_on_one()
    {
        TestProject.WithOwnTemplates(_root);
        var partial = Path.Combine(_root, "templates", "partials", "masthead-zh.sbn");
        // object.eval reports each of the three parse errors of its argument on a line of its own.
        File.WriteAllText(partial, "{{ object.eval \"{{ if }}\" }}\n" + File.ReadAllText(partial));
        var briefing = BriefingLoader.Load(TestPaths.Jinan, new DiagnosticBag())!;

        var failure = Assert.Throws<BuildFailedException>(() => new HtmlRenderer(Path.Combine(_root, "templates")).Render(Localizer.Localize(briefing), Edition.Chinese));

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG3001", error.Code);
        foreach (var chinese in new[] { false, true })
        {
            var line = error.Format(chinese);
            Assert.DoesNotContain("\\u000A", line, StringComparison.Ordinal);
            Assert.Contains("Expecting a colon", line, StringComparison.Ordinal);
            Assert.Contains("Expecting <EOL>/end of line.", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_browser_that_fails_with_several_lines_of_output_is_reported_on_one_line()
    {
        var dying = Path.Combine(_root, "dying-chromium");
        File.WriteAllText(dying, "#!/bin/sh\necho 'first complaint' >&2\necho 'second complaint' >&2\nexit 1\n");
        File.SetUnixFileMode(dying, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => ChromiumPrinter.LaunchAsync([_root], new PrinterOptions(dying, TimeSpan.FromSeconds(10))));

        var error = Assert.Single(failure.Diagnostics);
        Assert.Equal("BG4007", error.Code);
        foreach (var chinese in new[] { false, true })
        {
            var line = error.Format(chinese);
            Assert.DoesNotContain("\\u000A", line, StringComparison.Ordinal);
            Assert.Matches("first complaint.*second complaint", line);
        }
    }

    [Fact]
    public void A_line_break_in_the_data_is_still_shown_as_its_code()
    {
        var error = Errors.PrintFailed("out/a\nb/a.zh.html", "Navigation failed:\nnet::ERR_ABORTED\n");

        var line = error.Format(chinese: false);

        Assert.Contains("a\\u000Ab", line, StringComparison.Ordinal);
        Assert.EndsWith("Navigation failed:; net::ERR_ABORTED", line, StringComparison.Ordinal);
    }
}
