using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads office.yaml, the settings shared by the briefings of the folder it sits in.</summary>
internal static class OfficeReader
{
    public const string FileName = "office.yaml";

    private static readonly string[] Keys = ["name", "series", "classification", "red", "fonts", "press_red", "site_url"];

    private static readonly string[] DistributionKeys = ["report_to", "send_to", "issue_to", "copies"];

    /// <summary>Where the office's settings for the briefing in <paramref name="briefingFolder"/> are: beside its folder.</summary>
    public static string PathFor(string briefingFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(briefingFolder)))!, FileName);

    /// <summary>The office's own fonts (its licensed 仿宋, 小标宋…): fonts/ beside office.yaml.</summary>
    public static string FontsFolderFor(string briefingFolder) =>
        Path.Combine(Path.GetDirectoryName(PathFor(briefingFolder))!, "fonts");

    /// <summary>
    /// The office's settings; none when there is no office.yaml (it is optional). A file that is
    /// there but wrong is reported at its own places, and what could be read is kept.
    /// </summary>
    public static Office Read(string path, DiagnosticBag diagnostics, Func<string, YamlFile> open)
    {
        var display = DisplayPaths.For(path);
        if (FileKind.Of(path) == FileKindName.Missing)
        {
            return Office.None(display);
        }

        var none = Office.None(display) with { Exists = true };
        var root = open(path).Load("office", new Words("the office's name, series, distribution and colour", "办公室名称、刊名、分送范围和颜色"));
        var map = root?.Map("office");
        root?.RejectUnknownKeys();
        if (map is null)
        {
            return none with { Unreadable = true };
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Keys.Where(map.Has))
        {
            written.Add(key);
        }

        if (map.IsMap("distribution"))
        {
            var lines = map.Map("distribution", required: false)!;
            written.UnionWith(DistributionKeys.Where(lines.Has).Select(k => "distribution." + k));
        }

        var name = map.Text("name", required: false);
        var series = map.Text("series", required: false);
        var classification = map.Text("classification", required: false);
        var distribution = Distribution(map.Map("distribution", required: false));
        var red = Colour(map, "red");
        var fonts = Fonts(map);
        var pressRed = Inks(map, "press_red");
        var siteUrl = SiteUrl(map, "site_url");
        map.RejectUnknownKeys();
        return new Office(name, series, classification, distribution, red, display) { Exists = true, Written = written, Fonts = fonts, PressRed = pressRed, SiteUrl = siteUrl };
    }

    private static OfficeDistribution? Distribution(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        var distribution = new OfficeDistribution(
            map.Text("report_to", required: false),
            map.Text("send_to", required: false),
            map.Text("issue_to", required: false),
            map.Integer("copies", required: false));
        map.RejectUnknownKeys();
        return distribution;
    }

    /// <summary>
    /// fonts: {zh_body: LXGW WenKai, en_body: [Noto Sans, Noto Sans SC]}: a family or a list of them
    /// per stack. A family name reaches the pages' CSS, so only letters (of any script: 仿宋),
    /// digits, spaces and hyphens get through; whether the project has the family is checked against the installed fonts.
    /// </summary>
    public static IReadOnlyList<FontChoice> Fonts(YamlMap map)
    {
        if (map.Map("fonts", required: false) is not { } fonts)
        {
            return [];
        }

        var choices = new List<FontChoice>();
        foreach (var stack in FontChoice.Stacks.Where(fonts.Has))
        {
            List<string> families = fonts.IsList(stack)
                ? fonts.RefList(stack).Select(r => r.Id).ToList()
                : fonts.String(stack) is { } one ? [one] : [];
            var bad = families.FirstOrDefault(f => f.Length == 0 || !f.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-'));
            if (bad is not null || families.Count == 0)
            {
                fonts.Diagnose(Errors.BadFontFamily(fonts.LocationOf(stack), stack, bad ?? ""));
                continue;
            }

            choices.Add(new FontChoice(stack, families.Select(f => f.Trim()).ToList(), fonts.LocationOf(stack)));
        }

        fonts.RejectUnknownKeys();
        return choices;
    }

    /// <summary>Four inks written "C0 M100 Y100 K0", each 0 to 100; null (reported) otherwise.</summary>
    public static Cmyk? Inks(YamlMap map, string key)
    {
        var text = map.String(key, required: false);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = parts.Length == 4 ? parts.Select((p, i) => p.Length > 1 && p[0] == "CMYK"[i] && int.TryParse(p.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v <= 100 ? v : -1).ToArray() : [];
        if (values.Length == 4 && values.All(v => v >= 0))
        {
            return new Cmyk(values[0] / 100.0, values[1] / 100.0, values[2] / 100.0, values[3] / 100.0);
        }

        map.Diagnose(Errors.BadCmyk(map.LocationOf(key), key, text));
        return null;
    }

    /// <summary>
    /// The site's address, where out/ is published (https://intranet.example/briefings/): absolute,
    /// http or https, with no user, query or fragment, since the feed joins page paths to it. Kept
    /// ending in /, so that it is the folder the pages are in; null (reported) otherwise.
    /// </summary>
    public static string? SiteUrl(YamlMap map, string key)
    {
        var text = map.String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            && !uri.IsUnc && uri.Host.Length > 0 && text.All(c => c > ' ' && c < 0x7F))
        {
            var url = uri.AbsoluteUri;
            return url.EndsWith('/') ? url : url + "/";
        }

        map.Diagnose(Errors.BadSiteUrl(map.LocationOf(key), key, text));
        return null;
    }

    /// <summary>
    /// A colour written #rrggbb, in lower case; null (reported) otherwise. It is written into the
    /// pages' CSS, so nothing but these seven characters may get through.
    /// </summary>
    public static string? Colour(YamlMap map, string key)
    {
        var text = map.String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 7 && text[0] == '#' && text[1..].All(char.IsAsciiHexDigit))
        {
            return text.ToLowerInvariant();
        }

        map.Diagnose(Errors.BadColour(map.LocationOf(key), key, text));
        return null;
    }
}
