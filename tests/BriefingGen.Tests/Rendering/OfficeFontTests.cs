using System.Diagnostics;
using BriefingGen.Tests.Cli;
using BriefingGen.Tests.Printing;
using Xunit;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// An office's own licensed fonts (仿宋, 小标宋, 黑体, 楷体), named in office.yaml and found by
/// fontconfig in fonts/ beside it or installed, as staff run the tool. Debian's free fonts stand in
/// for the licensed ones: Droid Sans Fallback (TrueType, CJK) and URW's base 35 (CFF outlines).
/// The tool runs with a fontconfig of its own that hides the machine's copies of those two, so that
/// only the office's folder can provide them (Chromium needs the machine's other fonts to run).
/// </summary>
public sealed class OfficeFontTests : IDisposable
{
    private const string TrueTypeCjk = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    private const string CffFolder = "/usr/share/fonts/opentype/urw-base35";

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-office-fonts-").FullName;

    public OfficeFontTests()
    {
        TestProject.WithSharedTemplates(_root);
        TestProject.WithBaseData(_root);
        // package.json marks the folder as the project: commands without briefings (doctor) look at its data/.
        File.Copy(Path.Combine(TestPaths.Repository, "package.json"), Path.Combine(_root, "package.json"));
        File.WriteAllText(WithoutTheirCopies, $"""
            <?xml version="1.0"?>
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <selectfont><rejectfont><glob>{Path.GetDirectoryName(TrueTypeCjk)}/*</glob><glob>{CffFolder}/*</glob></rejectfont></selectfont>
            </fontconfig>

            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WithoutTheirCopies => Path.Combine(_root, "no-system-fonts.conf");

    private string Data => Path.Combine(_root, "data");

    private string FontsFolder => Path.Combine(Data, "fonts");

    [Fact]
    public void An_office_font_in_its_fonts_folder_sets_its_stack_in_the_printed_pdf_and_is_never_published()
    {
        Directory.CreateDirectory(FontsFolder);
        File.Copy(TrueTypeCjk, Path.Combine(FontsFolder, Path.GetFileName(TrueTypeCjk)));
        var family = FcQuery(TrueTypeCjk, "%{family[0]}");
        var postScript = FcQuery(TrueTypeCjk, "%{postscriptname}");
        // Headings (黑体) in the office's font, with the project's sans after it for what it lacks (Latin).
        WriteOffice($"office:\n  fonts:\n    zh_heading: [{family}, Noto Sans SC]\n");

        var result = Run("build", "data/base", "--lang", "zh", "--format", "pdf,html", "--out", "out");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.DoesNotContain("BG1066", result.Output + result.Error, StringComparison.Ordinal);
        var pdf = TaggedPdf.Read(File.ReadAllBytes(Path.Combine(_root, "out", "base", "base.zh.pdf")));
        var headingLetters = pdf.Elements.Where(e => e.Type is "H2" or "H3")
            .SelectMany(e => e.AllLetters()).Where(l => l.Letter.Value.EnumerateRunes().Any(r => r.Value >= 0x4E00)).ToList();
        Assert.NotEmpty(headingLetters);
        Assert.All(headingLetters, l => Assert.Contains(postScript, l.Letter.FontName ?? "", StringComparison.Ordinal));
        // The body keeps its own stack (only the masthead's classification line is set in the heading face).
        var bodyLetters = pdf.Elements.Where(e => e.Type == "P").SelectMany(e => e.AllLetters()).ToList();
        Assert.True(bodyLetters.Count(l => (l.Letter.FontName ?? "").Contains(postScript, StringComparison.Ordinal)) < bodyLetters.Count / 10);

        // The licensed file reaches the PDF (embedded, subset) but never the site: the pages name it with local().
        var published = Directory.EnumerateFiles(Path.Combine(_root, "out"), "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(published, f => Path.GetExtension(f) is ".ttf" or ".otf" or ".ttc");
        // The page's fonts.css, in the site's shared assets under the name its page links.
        var link = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(_root, "out", "base", "index.html")), "href=\"\\.\\./assets/(fonts\\.[0-9a-f]{12}\\.css)\"").Groups[1].Value;
        var fontsCss = File.ReadAllText(Path.Combine(_root, "out", "assets", link));
        Assert.Contains($"local('{postScript}')", fontsCss, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(TrueTypeCjk), fontsCss, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_office_s_font_the_free_faces_print_and_the_build_says_so_once()
    {
        var family = FcQuery(TrueTypeCjk, "%{family[0]}");
        WriteOffice($"office:\n  fonts:\n    zh_heading: [{family}, Noto Sans SC]\n");
        // A second briefing of the same office: still one notice.
        CopyFolder(Path.Combine(Data, "base"), Path.Combine(Data, "base-two"));

        var check = Run("check", "data/base", "data/base-two");

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var all = check.Output + check.Error;
        Assert.Single(all.Split('\n'), line => line.Contains("BG1066", StringComparison.Ordinal));
        Assert.Contains($"office.yaml(3,17): warning BG1066", all, StringComparison.Ordinal);

        var build = Run("build", "data/base", "--lang", "zh", "--format", "pdf", "--out", "out");

        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        var letters = TaggedPdf.Read(File.ReadAllBytes(Path.Combine(_root, "out", "base", "base.zh.pdf"))).Root.AllLetters().ToList();
        Assert.DoesNotContain(letters, l => (l.Letter.FontName ?? "").Contains(FcQuery(TrueTypeCjk, "%{postscriptname}"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_font_without_TrueType_outlines_is_refused_where_it_is_chosen()
    {
        var cff = Directory.EnumerateFiles(CffFolder, "*.otf").Order(StringComparer.Ordinal).First(f => FcQuery(f, "%{slant}") == "0");
        Assert.Equal("CFF", FcQuery(cff, "%{fontformat}"));
        Directory.CreateDirectory(FontsFolder);
        File.Copy(cff, Path.Combine(FontsFolder, Path.GetFileName(cff)));
        var family = FcQuery(cff, "%{family[0]}");
        WriteOffice($"office:\n  fonts:\n    zh_title: {family}\n");

        var result = Run("check", "data/base");

        Assert.Equal(1, result.ExitCode);
        var all = result.Output + result.Error;
        Assert.Contains("office.yaml(3,15): error BG1065", all, StringComparison.Ordinal);
        Assert.Contains($"'{family}'", all, StringComparison.Ordinal);
        Assert.Contains("TrueType", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_says_where_each_office_font_is_found_and_which_is_missing()
    {
        Directory.CreateDirectory(FontsFolder);
        var copy = Path.Combine(FontsFolder, Path.GetFileName(TrueTypeCjk));
        File.Copy(TrueTypeCjk, copy);
        var family = FcQuery(TrueTypeCjk, "%{family[0]}");
        const string absent = "Office Licensed FangSong";
        WriteOffice($"office:\n  fonts:\n    zh_heading: [{family}, Noto Sans SC]\n    zh_body: [{absent}, Noto Serif SC]\n");

        var result = Run("doctor", "--messages", "en");

        // Spectre wraps long lines, inside a long path too: compared with every space and line break taken out.
        static string Squeezed(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", "");
        var said = Squeezed(result.Output + result.Error);
        Assert.Contains(Squeezed($"ok Office font {family}: TrueType, in {copy}"), said, StringComparison.Ordinal);
        Assert.Contains(Squeezed($"Office font {absent}: not on this machine"), said, StringComparison.Ordinal);
        Assert.Equal(3, result.ExitCode);
    }

    private ToolResult Run(params string[] args) => Tool.Run(_root, args, ("FONTCONFIG_FILE", WithoutTheirCopies));

    private void WriteOffice(string text) => File.WriteAllText(Path.Combine(Data, "office.yaml"), text);

    /// <summary>What fontconfig reads in a font file, as the tool's own lookup does.</summary>
    private static string FcQuery(string file, string format)
    {
        using var process = Process.Start(new ProcessStartInfo("fc-query", ["--format", format, file]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Trim();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
