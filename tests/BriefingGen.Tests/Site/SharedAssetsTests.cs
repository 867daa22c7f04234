using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Site;

/// <summary>Every briefing under data/ built as the intranet site (HTML only), once for the class.</summary>
public sealed class HtmlSiteBuild : IAsyncLifetime
{
    public string OutputRoot { get; } = Path.Combine(Path.GetTempPath(), "briefinggen-tests", "html-site-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var diagnostics = new DiagnosticBag();
        var briefings = BuildPipeline.LoadAll(TestPaths.DataBriefings.Select(id => Path.Combine(TestPaths.Data, id)), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var options = new BuildOptions(OutputRoot, Edition.Printed, Pdf: false, Html: true) { RemoveGone = true };
        await new BuildPipeline(new ProjectPaths(TestPaths.Repository), _ => { }).BuildAsync(briefings, options);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(OutputRoot, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// One set of assets for the whole site under out/assets/, each named by its content, and web fonts
/// cut down to each page's characters (issue 14, items 1 and 2).
/// </summary>
public sealed partial class SharedAssetsTests(HtmlSiteBuild site) : IClassFixture<HtmlSiteBuild>
{
    public static TheoryData<string> Briefings => new(TestPaths.DataBriefings);

    private string Page(string id) => Path.Combine(site.OutputRoot, id, "index.html");

    private string Assets => Path.Combine(site.OutputRoot, "assets");

    [Theory]
    [MemberData(nameof(Briefings))]
    public void A_briefing_output_has_no_assets_folder_of_its_own(string id)
    {
        Assert.True(File.Exists(Page(id)));
        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, id, "assets")), $"{id}/assets/ exists");
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_asset_a_briefing_page_links_is_under_out_assets_and_its_name_hash_is_that_of_its_bytes(string id)
    {
        var linked = LinkedAssets(Page(id));
        Assert.NotEmpty(linked);
        foreach (var file in linked)
        {
            Assert.StartsWith(Assets + Path.DirectorySeparatorChar, file, StringComparison.Ordinal);
            Assert.True(File.Exists(file), $"{file} is linked but missing");
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..12];
            Assert.Equal(hash, HashInName().Match(Path.GetFileName(file)).Groups["hash"].Value);
        }
    }

    [Fact]
    public void Two_briefings_link_the_very_same_stylesheet_file()
    {
        var briefings = TestPaths.DataBriefings;
        Assert.True(briefings.Count >= 2, "the test needs two briefings under data/");
        var screens = briefings.Select(id => LinkedAssets(Page(id)).Single(f => Path.GetFileName(f).StartsWith("screen.", StringComparison.Ordinal))).ToList();
        Assert.Single(screens.Distinct(StringComparer.Ordinal));
        Assert.Single(Directory.GetFiles(Assets, "screen.*.css"));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void A_briefing_manifest_lists_every_shared_asset_its_page_uses_with_bytes_and_sha256(string id)
    {
        var folder = Path.Combine(site.OutputRoot, id);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("path").GetString()!.StartsWith("../assets/", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFullPath(Path.Combine(folder, f.GetProperty("path").GetString()!)), f => (Bytes: f.GetProperty("bytes").GetInt64(), Sha: f.GetProperty("sha256").GetString()));
        Assert.Equal(LinkedAssets(Page(id)).Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, (bytes, sha)) in listed)
        {
            Assert.Equal(new FileInfo(file).Length, bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), sha);
        }
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_character_of_a_briefing_page_is_in_the_subset_font_its_font_face_serves(string id)
    {
        var faces = FontFaces(Page(id));
        var text = TextOf(File.ReadAllText(Page(id)));
        // Spaces and format characters (the word joiner U+2060) are drawn by no glyph.
        var characters = text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r) && Rune.GetUnicodeCategory(r) != UnicodeCategory.Format).Select(r => r.Value).ToHashSet();
        Assert.Contains(characters, c => c >= 0x4E00 && c <= 0x9FFF);
        var missing = new List<string>();
        foreach (var c in characters)
        {
            // A face whose package file lacks the character leaves it to the next face of the stack, as
            // it did before subsetting; every face whose file has it must keep it, and one face must.
            var serving = faces.Where(f => f.Covers(c) && f.Source.Contains(c)).ToList();
            var lost = serving.Where(f => !f.CodePoints.Contains(c)).ToList();
            if (serving.Count == 0 || lost.Count > 0)
            {
                missing.Add($"U+{c:X4} {char.ConvertFromUtf32(c)}: {(serving.Count == 0 ? "no @font-face whose font has it" : string.Join(", ", lost.Select(f => Path.GetFileName(f.File))))}");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_punctuation_subsets_keep_the_halt_feature_that_text_spacing_trim_uses(string id)
    {
        // The families that lend their marks to the Chinese stacks (FontCatalog.PunctuationStylesheets).
        var punctuation = FontFaces(Page(id)).Where(f => f.Family.EndsWith(" Punctuation", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(punctuation);
        foreach (var face in punctuation)
        {
            Assert.Contains("halt", new Woff2Tables(File.ReadAllBytes(face.File)).Features());
        }
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void A_briefing_page_with_all_its_stylesheets_and_fonts_weighs_at_most_one_megabyte(string id)
    {
        // Every file the page links, and every font its fonts.css names, even those of text a view hides:
        // more than any one view downloads (bench/page-weight.sh measures what each view does).
        var files = LinkedAssets(Page(id)).Append(Page(id)).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Assert.True(bytes <= 1_000_000, $"{id}: {bytes} bytes in {files.Count} files");
    }

    /// <summary>The files the page links (stylesheets) and those its stylesheets name (fonts), as full paths.</summary>
    private static List<string> LinkedAssets(string page)
    {
        var folder = Path.GetDirectoryName(page)!;
        var sheets = Stylesheet().Matches(File.ReadAllText(page)).Select(m => Path.GetFullPath(Path.Combine(folder, m.Groups["href"].Value))).ToList();
        var fonts = sheets.Where(File.Exists)
            .SelectMany(css => CssUrl().Matches(File.ReadAllText(css)).Select(m => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(css)!, m.Groups["url"].Value))));
        return [.. sheets, .. fonts.Distinct(StringComparer.Ordinal)];
    }

    private sealed record Face(string Family, string File, IReadOnlyList<(int First, int Last)> Ranges, HashSet<int> CodePoints, HashSet<int> Source)
    {
        public bool Covers(int c) => Ranges.Any(r => c >= r.First && c <= r.Last);
    }

    private static List<Face> FontFaces(string page)
    {
        var css = LinkedAssets(page).Single(f => Path.GetFileName(f).StartsWith("fonts.", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));
        return FaceRule().Matches(File.ReadAllText(css)).Select(rule =>
        {
            var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(css)!, CssUrl().Match(rule.Value).Groups["url"].Value));
            var ranges = Regex.Match(rule.Value, @"unicode-range:\s*([^;]+);").Groups[1].Value.Split(',').Select(r =>
            {
                var parts = r.Trim()[2..].Split('-');
                return (Convert.ToInt32(parts[0], 16), Convert.ToInt32(parts[^1], 16));
            }).ToList();
            var family = Regex.Match(rule.Value, "font-family: '([^']+)'").Groups[1].Value;
            return new Face(family, file, ranges, new Woff2Tables(File.ReadAllBytes(file)).CodePoints(), new Woff2Tables(File.ReadAllBytes(SourceOf(file))).CodePoints());
        }).ToList();
    }

    /// <summary>The package font a subset was cut from: assets/fonts/&lt;file name&gt;.&lt;hash&gt;.woff2 from @fontsource/*/files/&lt;file name&gt;.woff2.</summary>
    private static string SourceOf(string subset)
    {
        var name = HashInName().Replace(Path.GetFileName(subset), "") + ".woff2";
        return Directory.EnumerateDirectories(Path.Combine(TestPaths.Repository, "node_modules", "@fontsource"))
            .Select(package => Path.Combine(package, "files", name))
            .First(File.Exists);
    }

    /// <summary>The text a reader sees (and what the page's own markup spells): the HTML without its tags, comments and head, its entities decoded.</summary>
    private static string TextOf(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Regex.Replace(html, "(?s)<head>.*?</head>|<!--.*?-->|<style.*?</style>", " "), " "));

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)">""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("""url\((?<url>(?!data:)[^)'"]+)\)""")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"\.(?<hash>[0-9a-f]{12})\.[a-z0-9]+$")]
    private static partial Regex HashInName();

    [GeneratedRegex(@"@font-face\s*\{[^}]*\}")]
    private static partial Regex FaceRule();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
