namespace BriefingGen.Diagnostics;

/// <summary>Every warning the tool can give: legal input that is probably a slip. Codes BG5xxx.</summary>
internal static class Warnings
{
    public static Diagnostic UnusedFact(SourceLocation at, string id) => Warning(
        "BG5001",
        $"The fact '{id}' is never used in the prose; it appears only in the key figures.",
        $"数据“{id}”未在正文中引用，只出现在主要数据表中。",
        at);

    public static Diagnostic UnusedSource(SourceLocation at, string id) => Warning(
        "BG5002",
        $"The source '{id}' is never cited; it will not be listed.",
        $"来源“{id}”未被引用，不会列入资料来源。",
        at);

    public static Diagnostic PersonNeverQuoted(SourceLocation at, string id) => Warning(
        "BG5003",
        $"The person '{id}' is never quoted, nor named as an attendee or reporter.",
        $"人物“{id}”既没有引语，也不是出席人员或记者。",
        at);

    public static Diagnostic BareNumber(SourceLocation at, string number) => Warning(
        "BG5004",
        $"The number '{number}' is typed into the prose; if it is a figure, make it a fact and refer to it, so both editions agree.",
        $"正文中直接写了数字“{number}”；如果它是数据，请在 facts.yaml 中定义并引用，以保证中英文版本一致。",
        at);

    // ── Invisible characters that change how text reads (BG5010–BG5014) ──

    public static Diagnostic DirectionControl(SourceLocation at, int codePoint) => Warning(
        "BG5010",
        $"The invisible direction control U+{codePoint:X4} is written here; it can make the text read in a different order than it is stored. Delete it unless it is meant.",
        $"此处有看不见的文字方向控制符 U+{codePoint:X4}，它会使文字显示的顺序与实际不同。如非有意，请删除。",
        at);

    public static Diagnostic ZeroWidthCharacter(SourceLocation at, int codePoint) => Warning(
        "BG5011",
        $"The invisible zero-width character U+{codePoint:X4} is written here; it breaks searching and copying. Delete it unless it is meant.",
        $"此处有看不见的零宽字符 U+{codePoint:X4}，会影响检索和复制。如非有意，请删除。",
        at);

    // ── Character references in prose that print invisible characters (BG5010, BG5011 as typed) ──

    public static Diagnostic DirectionControlReference(SourceLocation at, string reference, int codePoint) => Warning(
        "BG5010",
        $"'{reference}' is printed as the invisible direction control U+{codePoint:X4} (prose is Markdown, which decodes it); it can make the text read in a different order than it is stored. Delete it unless it is meant.",
        $"“{reference}”会印成看不见的文字方向控制符 U+{codePoint:X4}（正文按 Markdown 解读，会把它解码），它会使文字显示的顺序与实际不同。如非有意，请删除。",
        at);

    public static Diagnostic ZeroWidthReference(SourceLocation at, string reference, int codePoint) => Warning(
        "BG5011",
        $"'{reference}' is printed as the invisible zero-width character U+{codePoint:X4} (prose is Markdown, which decodes it); it breaks searching and copying. Delete it unless it is meant.",
        $"“{reference}”会印成看不见的零宽字符 U+{codePoint:X4}（正文按 Markdown 解读，会把它解码），会影响检索和复制。如非有意，请删除。",
        at);

    private static Diagnostic Warning(string code, string en, string zh, SourceLocation at) =>
        new(DiagnosticSeverity.Warning, code, en, zh, at);

    // ── The print preflight's warnings (BG3130–BG3149): geometry off its tolerance, loose lines, widows, font names ──

    public static Diagnostic Preflight(string pdf, Finishing.PreflightFinding finding) => Warning(
        PreflightCode(finding.Check),
        (NamesItsPage(finding) ? $"Preflight, page {finding.Page}: " : "Preflight: ") + finding.Text.En + ".",
        (NamesItsPage(finding) ? $"印前检查，第{finding.Page}页：" : "印前检查：") + finding.Text.Zh + "。",
        Errors.PreflightPlace(pdf, finding.Page));

    /// <summary>The build's one line per PDF: which kinds of warning, on which pages, and the command that details them.</summary>
    public static Diagnostic PreflightSummary(string pdf, IReadOnlyList<Finishing.PreflightFinding> warnings, string command)
    {
        var kinds = warnings.GroupBy(w => w.Check).ToList();
        string Part(IGrouping<Finishing.PreflightCheck, Finishing.PreflightFinding> kind, bool zh)
        {
            var pages = kind.Select(w => w.Page).Where(p => p > 0).ToList();
            var label = PreflightLabel(kind.Key);
            var count = kind.Count() > 1 ? $" ×{kind.Count()}" : "";
            return zh
                ? label.Zh + count + (pages.Count > 0 ? $"（{Finishing.Pages.Zh(pages)}起）" : "")
                : label.En + count + (pages.Count > 0 ? $" (from {Finishing.Pages.En(pages)})" : "");
        }

        return Warning(
            "BG3130",
            $"The preflight found {warnings.Count} warnings: {string.Join("; ", kinds.Select(k => Part(k, false)))}. For the measurements and their targets, run: {command}",
            $"印前检查发现 {warnings.Count} 处警告：{string.Join("；", kinds.Select(k => Part(k, true)))}。各项测量值及目标值请运行：{command}",
            SourceLocation.FileOnly(pdf));
    }

    // A measurement off on several pages lists them in its text; a finding about one line is on its page.
    private static bool NamesItsPage(Finishing.PreflightFinding finding) => finding.Page > 0
        && finding.Check is not (Finishing.PreflightCheck.FirstLine or Finishing.PreflightCheck.Margin or Finishing.PreflightCheck.TypeArea
            or Finishing.PreflightCheck.OffGrid or Finishing.PreflightCheck.PageNumber);

    private static string PreflightCode(Finishing.PreflightCheck check) => check switch
    {
        Finishing.PreflightCheck.FirstLine => "BG3131",
        Finishing.PreflightCheck.Margin => "BG3132",
        Finishing.PreflightCheck.TypeArea => "BG3133",
        Finishing.PreflightCheck.Grid => "BG3134",
        Finishing.PreflightCheck.OffGrid => "BG3135",
        Finishing.PreflightCheck.PageNumber => "BG3136",
        Finishing.PreflightCheck.LineEndPunctuation => "BG3137",
        Finishing.PreflightCheck.LineStartPunctuation => "BG3143",
        Finishing.PreflightCheck.Stretch => "BG3138",
        Finishing.PreflightCheck.HeadingAtFoot => "BG3139",
        Finishing.PreflightCheck.HeadingSingleCharacter => "BG3140",
        Finishing.PreflightCheck.Widow => "BG3141",
        Finishing.PreflightCheck.ShortPage => "BG3144",
        _ => "BG3142",
    };

    private static Words PreflightLabel(Finishing.PreflightCheck check) => check switch
    {
        Finishing.PreflightCheck.FirstLine => new("first line's position", "首行位置"),
        Finishing.PreflightCheck.Margin => new("margins", "页边距"),
        Finishing.PreflightCheck.TypeArea => new("type area", "版心"),
        Finishing.PreflightCheck.Grid => new("grid (lines, characters, pitch)", "版面网格（行数、字数、行距）"),
        Finishing.PreflightCheck.OffGrid => new("lines off the grid", "偏离网格的行"),
        Finishing.PreflightCheck.PageNumber => new("page numbers", "页码"),
        Finishing.PreflightCheck.LineEndPunctuation => new("opening punctuation at a line end", "行末前括号、前引号"),
        Finishing.PreflightCheck.LineStartPunctuation => new("closing punctuation at a line start", "行首点号、后括号"),
        Finishing.PreflightCheck.Stretch => new("stretched lines", "拉伸过度的行"),
        Finishing.PreflightCheck.HeadingAtFoot => new("headings at a page foot", "页末标题"),
        Finishing.PreflightCheck.HeadingSingleCharacter => new("headings ending in one character", "末行只有一个字的标题"),
        Finishing.PreflightCheck.Widow => new("widows and orphans", "孤行"),
        Finishing.PreflightCheck.ShortPage => new("pages ending short", "末尾留空的页"),
        _ => new("font names", "字体名称"),
    };

    // ── The office's own fonts (BG1066) ──

    public static Diagnostic OfficeFontNotFound(SourceLocation at, string stack, string family, bool fontconfig) => Warning(
        "BG1066",
        fontconfig
            ? $"The font '{family}' chosen for '{stack}' is not on this machine, neither in the office's fonts folder (fonts/ beside office.yaml) nor installed (fc-list '{family}' lists nothing): the free faces print in its place. Put its TrueType file in the fonts folder, or install it."
            : $"The font '{family}' chosen for '{stack}' cannot be looked up: fontconfig's fc-list is missing (apt-get install fontconfig); the free faces print in its place.",
        fontconfig
            ? $"为“{stack}”选用的字体“{family}”不在本机：办公室字体文件夹（office.yaml 旁的 fonts/）中没有，系统也未安装（fc-list '{family}' 无结果）；改用免费字体排印。请把它的 TrueType 文件放入字体文件夹，或安装它。"
            : $"无法查找为“{stack}”选用的字体“{family}”：缺少 fontconfig 的 fc-list（apt-get install fontconfig）；改用免费字体排印。",
        at);

    // ── Publishing: what the front page and a full build find in the output folder (BG5020–BG5022) ──

    public static Diagnostic PublishedFileMissing(SourceLocation at, string file, string id) => Warning(
        "BG5020",
        $"'{file}' is listed in its manifest but is not there: '{id}' is left off the front page. Build it again (./briefing build --force {id}).",
        $"“{file}”列在清单中，却不存在：首页不列出“{id}”。请重新生成（./briefing build --force {id}）。",
        at);

    public static Diagnostic PublishedFileChanged(SourceLocation at, string file, string id) => Warning(
        "BG5021",
        $"'{file}' is not the file its manifest lists (its size or sha256 differs; changed after the build): '{id}' is left off the front page. Build it again (./briefing build --force {id}).",
        $"“{file}”不是清单所列的文件（大小或 sha256 不同，生成后被改动）：首页不列出“{id}”。请重新生成（./briefing build --force {id}）。",
        at);

    public static Diagnostic NotABriefingOutput(SourceLocation at, string folder) => Warning(
        "BG5022",
        $"'{folder}/' is in the output folder but is not a briefing's output (it has no manifest.json, or one that does not parse): it is left as it is. Move it out of the output folder, or delete it, if it is not yours.",
        $"输出文件夹中的“{folder}/”不是简报的输出（没有 manifest.json，或无法解析）：原样保留。如非有意放置，请把它移出输出文件夹或删除。",
        at);
}
