namespace BriefingGen.Diagnostics;

/// <summary>
/// Every error the tool can report, made in one place so that codes stay stable and each message
/// exists in English and Chinese. Codes: BG0xxx files and YAML, BG1xxx shape of the data, BG2xxx
/// meaning and references, BG3xxx templates, BG4xxx the browser and the PDFs.
/// </summary>
internal static class Errors
{
    public static Diagnostic FileMissing(string path, Words what) => Error(
        "BG0001",
        $"The file '{Path.GetFileName(path)}' is missing; it should hold {what.En}.",
        $"缺少文件“{Path.GetFileName(path)}”，它应包含{what.Zh}。",
        SourceLocation.FileOnly(path));

    public static Diagnostic YamlSyntax(SourceLocation at, YamlProblem problem)
    {
        var (en, zh) = problem switch
        {
            YamlProblem.QuoteNeverClosed => ("the quotation mark opened here is never closed; end the text with the same mark.", "此处开始的引号没有结束；请在文字末尾加上同样的引号。"),
            YamlProblem.Misaligned => ("this line is not lined up with the lines of its block; indent it like the key above it.", "此行与同一块的其他行没有对齐；请与上面的字段保持相同缩进。"),
            YamlProblem.ColonInText => ("a colon followed by a space starts a new key; if it belongs to the text, put the whole text in double quotes.", "冒号加空格会被当作新的字段；如果冒号属于文字，请把整段文字放在双引号中。"),
            YamlProblem.FlowNeverClosed => ("the { or [ opened here is never closed; end it with } or ].", "此处开始的 { 或 [ 没有结束；请用 } 或 ] 结束。"),
            _ => ("the file cannot be read from here on; check the indentation and quotation marks of this line and the one above.", "文件从此处起无法读取；请检查这一行和上一行的缩进和引号。"),
        };
        return Error("BG0002", $"This is not valid YAML: {en}", $"YAML 格式有误：{zh}", at);
    }

    public static Diagnostic DuplicateKey(SourceLocation at, string key) => Error(
        "BG0003",
        $"The key '{key}' appears twice in the same block; keep one.",
        $"同一块中“{key}”出现了两次，请只保留一个。",
        at);

    public static Diagnostic TabIndent(SourceLocation at) => Error(
        "BG0004",
        "A tab is used for indentation; YAML allows spaces only.",
        "此处用制表符（Tab）缩进；YAML 只允许用空格缩进。",
        at);

    public static Diagnostic NoBriefings(string folder) => Error(
        "BG0005",
        $"No briefing was found under '{folder}': a briefing is a folder with a briefing.yaml.",
        $"“{folder}”下没有找到简报：每份简报是一个含 briefing.yaml 的文件夹。",
        SourceLocation.FileOnly(folder));

    public static Diagnostic AliasUsed(SourceLocation at) => Error(
        "BG0006",
        "Anchors and aliases (& and *) are not allowed; write the value out.",
        "不允许使用锚点和别名（& 和 *），请直接写出内容。",
        at);

    public static Diagnostic FileTooLarge(string path, long bytes, long limit) => Error(
        "BG0007",
        $"The file is {bytes / 1024} KiB; a briefing file may be at most {limit / 1024} KiB.",
        $"文件大小为 {bytes / 1024} KiB，简报文件不能超过 {limit / 1024} KiB。",
        SourceLocation.FileOnly(path));

    public static Diagnostic BriefingExists(string folder) => Error(
        "BG0008",
        $"'{folder}' already exists; choose another id, or edit the briefing that is there.",
        $"“{folder}”已存在；请换一个编号，或直接编辑已有的简报。",
        SourceLocation.FileOnly(folder));

    public static Diagnostic OutputBusy(string folder) => Error(
        "BG0009",
        $"Another build is writing '{folder}' right now; wait for it to finish, or build with --out elsewhere.",
        $"另一个构建正在写入“{folder}”；请等它完成，或用 --out 指定其他目录。",
        SourceLocation.FileOnly(folder));

    public static Diagnostic MissingField(SourceLocation at, string field, string owner) => Error(
        "BG1001",
        $"'{owner}' is missing the field '{field}'.",
        $"“{owner}”缺少字段“{field}”。",
        at);

    public static Diagnostic MissingHalf(SourceLocation at, string field, string half, bool mayBeEmpty = false) => Error(
        "BG1002",
        mayBeEmpty
            ? $"'{field}' has no '{half}' half; write {half}: \"\" if the English needs no word here."
            : $"'{field}' has no '{half}' half; every text needs both 'zh' and 'en'.",
        mayBeEmpty
            ? $"“{field}”缺少“{half}”部分；如英文此处不需要单位词，请写 {half}: \"\"。"
            : $"“{field}”缺少“{half}”部分；每段文字都要有中文（zh）和英文（en）。",
        at);

    public static Diagnostic WrongShape(SourceLocation at, string field, Words expected) => Error(
        "BG1003",
        $"'{field}' should be {expected.En}.",
        $"“{field}”应为{expected.Zh}。",
        at);

    public static Diagnostic UnknownKey(SourceLocation at, string key, IEnumerable<string> allowed)
    {
        var suggestion = Suggestions.Closest(key, allowed);
        var list = string.Join(", ", allowed);
        return Error(
            "BG1004",
            $"Unknown key '{key}'." + (suggestion is null ? $" Allowed here: {list}." : $" Did you mean '{suggestion}'?"),
            $"未知字段“{key}”。" + (suggestion is null ? $"此处可用：{list}。" : $"是否想写“{suggestion}”？"),
            at);
    }

    public static Diagnostic BadNumber(SourceLocation at, string text) => Error(
        "BG1005",
        $"'{text}' is not a number; write 52000, 30.3, 5.2万 or 417亿.",
        $"“{text}”不是数字；请写成 52000、30.3、5.2万 或 417亿。",
        at);

    public static Diagnostic BadDate(SourceLocation at, string text) => Error(
        "BG1006",
        $"'{text}' is not a date that exists; write it as YYYY-MM-DD, e.g. 2025-01-08.",
        $"“{text}”不是存在的日期；请按 YYYY-MM-DD 书写，如 2025-01-08。",
        at);

    public static Diagnostic BadPeriod(SourceLocation at, string text) => Error(
        "BG1007",
        $"'{text}' is not a period; write {PeriodFormsEn}.",
        $"“{text}”不是有效的时间段；请写成{PeriodFormsZh}。",
        at);

    public static Diagnostic BadChoice(SourceLocation at, string field, string text, IEnumerable<string> allowed)
    {
        var suggestion = Suggestions.Closest(text, allowed);
        var list = string.Join(", ", allowed);
        return Error(
            "BG1008",
            $"'{text}' is not a valid {field}; use one of: {list}." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"),
            $"“{text}”不是有效的 {field}；可用：{list}。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"),
            at);
    }

    public static Diagnostic ImpossibleValue(SourceLocation at, string factId, decimal value, Words expected)
    {
        var number = value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
        return Error(
            "BG1009",
            $"The fact '{factId}' has the value {number}, but it should be {expected.En}.",
            $"数据“{factId}”的值为 {number}，但应为{expected.Zh}。",
            at);
    }

    public static Diagnostic DuplicateId(SourceLocation at, string id, SourceLocation first) => Error(
        "BG2001",
        $"The id '{id}' is already used at {first}; ids must be unique.",
        $"编号“{id}”已在 {first} 使用；编号不能重复。",
        at);

    public static Diagnostic UnknownReference(SourceLocation at, string kind, string id, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(id, known);
        var kindZh = kind switch
        {
            "person" => "人物",
            "source" => "来源",
            "fact" => "数据",
            "quote" => "引语",
            "example" => "事例",
            _ => kind,
        };
        return Error(
            "BG2002",
            $"There is no {kind} with the id '{id}'." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"),
            $"没有编号为“{id}”的{kindZh}。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"),
            at);
    }

    public static Diagnostic BadReference(SourceLocation at, string reference, ReferenceProblem problem, string factId = "")
    {
        var (en, zh) = problem switch
        {
            ReferenceProblem.NeverOpened => ("ends with a '}' that has no opening '{' before it; write }} for a literal brace.", "末尾的“}”前面没有对应的“{”；如要写花括号本身，请写 }}。"),
            ReferenceProblem.NeverClosed => ("is never closed with '}'; write {{ for a literal brace.", "缺少结尾的“}”；如要写花括号本身，请写 {{。"),
            ReferenceProblem.NotAReference => ("is not a reference; write {fact_id}, {fact_id.target}, {fact_id.period}, {fact_id.by}, {fact_id:number}, {fact_id:words}, {fact_id:ordinal}, {cite:source_id}, {date:2025-01-10}, {period:2024-H1} or {text:…}.", "不是有效的引用；请写 {数据编号}、{数据编号.target}、{数据编号.period}、{数据编号.by}、{数据编号:number}、{数据编号:words}、{数据编号:ordinal}、{cite:来源编号}、{date:2025-01-10}、{period:2024-H1} 或 {text:…}。"),
            ReferenceProblem.NoValue => ($"asks for a value, but the fact has only a target; write {{{factId}.target}}.", $"引用了数值，但该数据只有目标值；请写 {{{factId}.target}}。"),
            ReferenceProblem.NoTarget => ("asks for a target, but the fact has none.", "引用了目标值，但该数据没有目标值。"),
            ReferenceProblem.NoPeriod => ("asks for a period, but the fact has none.", "引用了时间，但该数据没有时间（period）。"),
            _ => ("asks for the target's deadline, but the fact's target has no 'by'.", "引用了目标期限，但该数据的目标没有“by”。"),
        };
        // Quote what the author wrote: an unclosed reference has no }, a stray } has no {.
        var written = problem switch
        {
            ReferenceProblem.NeverClosed => "{" + reference,
            ReferenceProblem.NeverOpened => "…" + reference,
            _ => "{" + reference + "}",
        };
        return Error("BG2003", $"The reference '{written}' {en}", $"引用“{written}”{zh}", at);
    }

    public static Diagnostic FactWithoutFigure(SourceLocation at, string id) => Error(
        "BG2004",
        $"The fact '{id}' has neither a 'value' nor a 'target'; give it at least one.",
        $"数据“{id}”既没有“value”也没有“target”，请至少填写一项。",
        at);

    public static Diagnostic CountWithoutUnit(SourceLocation at, string id) => Error(
        "BG2005",
        $"The fact '{id}' is a count and needs a 'unit' such as {{zh: 个, en: \"\"}}.",
        $"数据“{id}”是计数，需要“unit”，如 {{zh: 个, en: \"\"}}。",
        at);

    public static Diagnostic DifferenceCycle(SourceLocation at, string id) => Error(
        "BG2006",
        $"The fact '{id}' is worked out from itself: its 'value' refers back to it through other facts.",
        $"数据“{id}”由自身计算得出：其 value 经由其他数据又引用了它自己，形成了循环。",
        at);

    public static Diagnostic TargetBelowBaseline(SourceLocation at, string id, bool rank) => Error(
        "BG2007",
        rank
            ? $"The target of '{id}' is a lower place than its current one; a target rank should be a smaller number."
            : $"The target of '{id}' is below its current value; for this kind of figure more is better.",
        rank
            ? $"数据“{id}”的目标名次比当前名次靠后；目标名次应为更小的数字。"
            : $"数据“{id}”的目标值低于当前值；此类数据应越大越好。",
        at);

    public static Diagnostic FactDoesNotFitChart(SourceLocation at, string id, bool ranking) => Error(
        "BG2008",
        ranking
            ? $"The fact '{id}' cannot be drawn in a ranking chart: it needs kind rank, a value and a period."
            : $"The fact '{id}' cannot be drawn in a progress chart: it needs both a value and a target.",
        ranking
            ? $"数据“{id}”不能画入排名图：需要 kind 为 rank，且有 value 和 period。"
            : $"数据“{id}”不能画入进度图：需要同时有 value 和 target。",
        at);

    // The details below are the libraries' own messages (Scriban's, PuppeteerSharp's, Chromium's), which may
    // run over several lines: each is made one line here, where the message is made; the parts that
    // come from the data (paths, items) are left as they are, for Format to show any line break as \u000A.
    public static Diagnostic Template(SourceLocation at, string detail, string edition, string? item) => Error(
        "BG3001",
        $"Template error in the {edition} edition" + (item is null ? "" : $", while rendering the item written at {item}") + $": {SafeText.OneLine(detail)}",
        $"渲染 {edition} 版时模板出错" + (item is null ? "" : $"（正在渲染 {item} 处的内容）") + $"：{SafeText.OneLine(detail)}",
        at);

    public static Diagnostic BrowserMissing(string looked) => Error(
        "BG4001",
        $"Chromium was not found (looked for {looked}). Install it with 'apt-get install chromium', or set BRIEFING_CHROMIUM to its path.",
        $"未找到 Chromium（查找了 {looked}）。请用“apt-get install chromium”安装，或将 BRIEFING_CHROMIUM 设为其路径。",
        SourceLocation.FileOnly("chromium"));

    public static Diagnostic PrintFailed(string document, string detail) => Error(
        "BG4002",
        $"Printing {Path.GetFileName(document)} failed: {SafeText.OneLine(detail)}",
        $"打印 {Path.GetFileName(document)} 失败：{SafeText.OneLine(detail)}",
        SourceLocation.FileOnly(document));

    public static Diagnostic PrintHung(string document, TimeSpan timeout, string detail) => Error(
        "BG4006",
        $"Printing {Path.GetFileName(document)} did not finish within {timeout.TotalSeconds:0} seconds, twice; nothing was written. ({SafeText.OneLine(detail)})",
        $"打印 {Path.GetFileName(document)} 两次都未在 {timeout.TotalSeconds:0} 秒内完成，未写出任何文件。（{SafeText.OneLine(detail)}）",
        SourceLocation.FileOnly(document));

    public static Diagnostic BrowserFailed(string executable, string detail) => Error(
        "BG4007",
        $"Chromium at {executable} did not start or stopped: {SafeText.OneLine(detail)}. Check that it runs: '{executable} --headless --no-sandbox --version'.",
        $"位于 {executable} 的 Chromium 未能启动或已退出：{SafeText.OneLine(detail)}。请检查它能否运行：“{executable} --headless --no-sandbox --version”。",
        SourceLocation.FileOnly("chromium"));

    public static Diagnostic PdfFont(string pdf, string font, Words problem) => Error(
        "BG4003",
        $"The font '{font}' {problem.En}",
        $"字体“{font}”{problem.Zh}",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic BlockedRequest(string document, string url) => Error(
        "BG4004",
        $"The page asked for '{url}', outside the output and font folders; the request was refused.",
        $"页面请求了输出和字体文件夹以外的“{url}”，已拒绝。",
        SourceLocation.FileOnly(document));

    public static Diagnostic FontsMissing(string folder) => Error(
        "BG4005",
        $"The fonts are not installed in '{folder}'. Run 'npm ci' in the repository (./briefing does it for you).",
        $"字体未安装在“{folder}”。请在仓库中运行“npm ci”（./briefing 会自动运行）。",
        SourceLocation.FileOnly(folder));

    // ── Files that are not plain files, characters and YAML documents that are not allowed (BG0010–BG0019) ──

    public static Diagnostic PathIsFolder(string path, Words what) => Error(
        "BG0010",
        $"'{Path.GetFileName(path)}' is a folder; it should be a file holding {what.En}.",
        $"“{Path.GetFileName(path)}”是一个文件夹；它应是包含{what.Zh}的文件。",
        SourceLocation.FileOnly(path));

    public static Diagnostic LinkOutsideBriefing(string path, string target) => Error(
        "BG0011",
        $"'{Path.GetFileName(path)}' is a link to '{target}', outside the briefing's folder; put the file itself in the folder.",
        $"“{Path.GetFileName(path)}”是指向简报文件夹以外“{target}”的链接；请把文件本身放在简报文件夹中。",
        SourceLocation.FileOnly(path));

    public static Diagnostic LinkBroken(string path, string target) => Error(
        "BG0012",
        $"'{Path.GetFileName(path)}' is a link to '{target}', which does not exist (or links back to itself).",
        $"“{Path.GetFileName(path)}”是指向“{target}”的链接，但该目标不存在（或链接指向自身）。",
        SourceLocation.FileOnly(path));

    public static Diagnostic NotARegularFile(string path, Words kind) => Error(
        "BG0013",
        $"'{Path.GetFileName(path)}' is {kind.En}, not a file; only plain files are read.",
        $"“{Path.GetFileName(path)}”是{kind.Zh}，不是普通文件；只能读取普通文件。",
        SourceLocation.FileOnly(path));

    public static Diagnostic ControlCharacter(SourceLocation at, int codePoint, bool escaped) => Error(
        "BG0014",
        escaped
            ? $"This escape writes the control character U+{codePoint:X4}, which a briefing may not contain; delete it."
            : $"The invisible control character U+{codePoint:X4} is written here; a briefing may not contain it. Delete it (most editors do not show it).",
        escaped
            ? $"此处的转义写出了控制字符 U+{codePoint:X4}，简报中不允许使用；请删除。"
            : $"此处有看不见的控制字符 U+{codePoint:X4}，简报中不允许使用；请删除（多数编辑器不显示它）。",
        at);

    public static Diagnostic SecondDocument(SourceLocation at) => Error(
        "BG0015",
        "A second YAML document starts here ('---'); each file holds one, so everything after this line would be ignored. Delete the '---' line, or move what follows into the document above.",
        "此处（“---”）开始了第二个 YAML 文档；每个文件只能有一个，此行之后的内容都会被忽略。请删除“---”这一行，或把后面的内容并入上面的文档。",
        at);

    public static Diagnostic InvalidEscape(SourceLocation at, string escape, bool surrogate) => Error(
        "BG0016",
        surrogate
            ? $"The escape '{escape}' is half of a UTF-16 surrogate pair, not a character; write the character itself, or its code point as \\U0001F600."
            : $"'{escape}' is not a valid escape in a double-quoted text; write the character itself, or \\\\ for a backslash.",
        surrogate
            ? $"转义“{escape}”只是 UTF-16 代理对的一半，不是一个字符；请直接写出字符，或写成 \\U0001F600 这样的码位。"
            : $"“{escape}”不是双引号文字中有效的转义；请直接写出字符，反斜杠本身请写 \\\\。",
        at);

    public static Diagnostic InvalidUtf8(SourceLocation at) => Error(
        "BG0017",
        "The file is not valid UTF-8 from here on; save it as UTF-8 (it may have been saved as GBK).",
        "文件从此处起不是有效的 UTF-8；请以 UTF-8 编码保存（它可能被存成了 GBK）。",
        at);

    public static Diagnostic FileUnreadable(string path, string reason) => Error(
        "BG0018",
        $"The file '{Path.GetFileName(path)}' cannot be read: {reason}",
        $"无法读取文件“{Path.GetFileName(path)}”：{reason}",
        SourceLocation.FileOnly(path));

    // ── Values (BG1020–BG1029) ──

    public static Diagnostic NumberTooLarge(SourceLocation at, string text, string limit) => Error(
        "BG1020",
        $"'{text}' is too large; a figure may be at most {limit} in size.",
        $"“{text}”过大；数值的绝对值不能超过 {limit}。",
        at);

    public static Diagnostic NotPositive(SourceLocation at, string field, string text) => Error(
        "BG1021",
        $"'{field}' is {text}; it must be a whole number of at least 1.",
        $"“{field}”为 {text}；它必须是不小于 1 的整数。",
        at);

    // ── Characters the fonts cannot print (BG2010–BG2014) ──

    public static Diagnostic MissingGlyph(SourceLocation at, string character, int codePoint, Words language, string families) => Error(
        "BG2010",
        $"The character '{character}' (U+{codePoint:X4}) cannot be printed: the fonts of the {language.En} text ({families}) do not have it. Replace it, or describe it in words.",
        $"字符“{character}”（U+{codePoint:X4}）无法印出：{language.Zh}文字所用的字体（{families}）中没有这个字。请换一个字，或用文字描述。",
        at);

    public static Diagnostic BadId(SourceLocation at, string id) => Error(
        "BG1010",
        $"'{id}' is not a valid id: an id is lower-case letters, digits and _ only, such as zhong_qian or ccid_rank_2021.",
        $"“{id}”不是有效的编号：编号只能使用小写字母、数字和 _，如 zhong_qian、ccid_rank_2021。",
        at);

    public static Diagnostic BadFolderName(string folder, string name) => Error(
        "BG1011",
        $"The folder name '{name}' cannot be a briefing's id, which names its web page and PDFs: use lower-case letters, digits and hyphens only, such as jinan-digital-city.",
        $"文件夹名“{name}”不能作为简报编号（它用于网页和 PDF 的名称）：只能使用小写字母、数字和连字符，如 jinan-digital-city。",
        SourceLocation.FileOnly(folder));

    public static Diagnostic LinkNotAllowed(SourceLocation at, string url) => Error(
        "BG1012",
        $"The link '{url}' is not allowed: a link must start with https://, http:// or mailto:.",
        $"链接“{url}”不允许使用：链接必须以 https://、http:// 或 mailto: 开头。",
        at);

    public static Diagnostic ImageInProse(SourceLocation at, string url) => Error(
        "BG1013",
        $"The image '{url}' cannot be shown: briefings do not support images in prose; remove the ![…](…).",
        $"图片“{url}”无法显示：简报正文不支持图片；请删除 ![…](…)。",
        at);

    public static Diagnostic SourceUrlNotAllowed(SourceLocation at, string url) => Error(
        "BG1014",
        $"The url '{url}' is not allowed: a source's url must be a web address starting with https:// or http://.",
        $"网址“{url}”不允许使用：来源的 url 必须是以 https:// 或 http:// 开头的网址。",
        at);

    public static Diagnostic UnsafeUrlInOutput(string document, string url) => Error(
        "BG1015",
        $"The {document} document would refer to '{url}', which is neither a web link (https, http, mailto) nor a file of the site; nothing was written. Run 'check' to find where it comes from.",
        $"{document} 文档将引用“{url}”，它既不是网页链接（https、http、mailto），也不是网站内的文件；未写出任何文件。请运行“check”查找其来源。",
        SourceLocation.FileOnly(document));

    public static Diagnostic PdfScaled(string pdf, int page, double percent) => Error(
        "BG4010",
        $"Page {page} of {Path.GetFileName(pdf)} is printed at {percent:0}% of the size the stylesheet asks for: something on it is wider than the page, and the browser shrank the page to fit it.",
        $"{Path.GetFileName(pdf)} 第{page}页按样式表要求大小的 {percent:0}% 打印：页面上有内容宽于页面，浏览器缩小了整页以容纳它。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic PdfTextOffPage(string pdf, int page, string text) => Error(
        "BG4011",
        $"On page {page} of {Path.GetFileName(pdf)}, text lies outside the page and would be cut off: '{text}'.",
        $"{Path.GetFileName(pdf)} 第{page}页有文字超出页面，会被裁掉：“{text}”。",
        SourceLocation.FileOnly(pdf));

    // BG0030–BG0039: the command line's briefings (h4-cli-watch).
    public static Diagnostic UnknownBriefingId(string folder, string id, string? near) => Error(
        "BG0030",
        $"There is no briefing '{id}' under data/ (and no folder '{id}' here).{(near is null ? " Run './briefing new " + id + "' to create it." : $" Did you mean '{near}'?")}",
        $"data/ 下没有编号为“{id}”的简报（当前目录下也没有“{id}”文件夹）。{(near is null ? "可运行“./briefing new " + id + "”创建。" : $"是否想写“{near}”？")}",
        SourceLocation.FileOnly(folder));

    public static Diagnostic OutputOverlapsSources(string requested, string path, Publishing.OutputPlace place, Publishing.OutputRelation relation)
    {
        var (whatEn, whatZh) = place switch
        {
            Publishing.OutputPlace.Data => ("a data folder", "数据目录"),
            Publishing.OutputPlace.Templates => ("the templates folder", "模板目录"),
            Publishing.OutputPlace.Project => ("the project's root folder", "项目根目录"),
            _ => ("the root of the file system", "文件系统根目录"),
        };
        var (en, zh) = relation switch
        {
            Publishing.OutputRelation.Is => ($"is {whatEn}", $"就是{whatZh}（{path}）"),
            Publishing.OutputRelation.Inside => ($"is inside {whatEn}", $"位于{whatZh}（{path}）之内"),
            _ => ($"contains {whatEn}", $"包含{whatZh}（{path}）"),
        };
        return Error(
            "BG0020",
            $"The output folder '{requested}' {en} ({path}). A build replaces what its output folder holds, so give --out a folder of its own, such as out or /tmp/briefings.",
            $"输出目录“{requested}”{zh}。构建会替换输出目录中的内容，请用 --out 指定一个专用目录，例如 out 或 /tmp/briefings。",
            SourceLocation.FileOnly(requested));
    }

    public static Diagnostic OutputNotWritable(string path, Publishing.OutputProblem problem, string detail)
    {
        var (code, en, zh) = problem switch
        {
            Publishing.OutputProblem.Full => ("BG4030", $"The disk is full: '{path}' could not be written. Free some space, or build with --out on another disk.", $"磁盘已满，无法写入“{path}”。请清理空间，或用 --out 指定其他磁盘上的目录。"),
            Publishing.OutputProblem.ReadOnly => ("BG4031", $"'{path}' is on a read-only file system and cannot be written. Build with --out to a folder that can be written.", $"“{path}”位于只读文件系统上，无法写入。请用 --out 指定一个可写的目录。"),
            Publishing.OutputProblem.Denied => ("BG4032", $"This user may not write '{path}'. Give the user write access (sudo chown -R $(id -u) on the folder), or build with --out to a folder you own.", $"当前用户无权写入“{path}”。请授予写权限（对该目录执行 sudo chown -R $(id -u)），或用 --out 指定您自己的目录。"),
            Publishing.OutputProblem.NotAFolder => ("BG4033", $"'{path}' cannot be made a folder: a file of that name is in the way. Move the file, or build with --out elsewhere.", $"无法创建目录“{path}”：已有同名文件。请移走该文件，或用 --out 指定其他目录。"),
            _ => ("BG4034", $"'{path}' could not be written: {detail}", $"无法写入“{path}”：{detail}"),
        };
        return Error(code, en + " The previous outputs are as they were.", zh + "之前的输出保持原样。", SourceLocation.FileOnly(path));
    }

    // ── Character references in prose, which Markdown decodes (BG0040–BG0044; BG0014 as typed) ──

    public static Diagnostic ControlCharacterReference(SourceLocation at, string reference, int codePoint) => Error(
        "BG0014",
        $"'{reference}' is printed as the control character U+{codePoint:X4} (prose is Markdown, which decodes it), which a briefing may not contain; delete it.",
        $"“{reference}”会印成控制字符 U+{codePoint:X4}（正文按 Markdown 解读，会把它解码），简报中不允许使用；请删除。",
        at);

    public static Diagnostic ReferenceToNoCharacter(SourceLocation at, string reference) => Error(
        "BG0040",
        $"'{reference}' names no character (zero, half of a surrogate pair, or beyond U+10FFFF), so it would be printed as the replacement character U+FFFD; write the character itself, or delete it.",
        $"“{reference}”不对应任何字符（零、代理对的一半或超出 U+10FFFF），会印成替换字符 U+FFFD；请直接写出字符，或将其删除。",
        at);

    // ── Figures as policy texts state them: kinds, qualifiers, derived and checked values (BG2020–BG2039) ──

    public static Diagnostic KeyNotForKind(SourceLocation at, string key, string kind, IEnumerable<string> kinds)
    {
        var list = string.Join(", ", kinds);
        return Error(
            "BG2020",
            $"'{key}' does not apply to a fact of kind {kind}; it is for kind {list} only. Delete it, or change the kind.",
            $"“{key}”不适用于 kind 为 {kind} 的数据，只用于 kind 为 {list} 的数据。请删除该字段，或修改 kind。",
            at);
    }

    public static Diagnostic RoundingNotStated(SourceLocation at, string operation) => Error(
        "BG2021",
        $"A {operation} has no last digit of its own: say where to round it, e.g. round: 0.1 (to one decimal) or round: 1.",
        $"{operation} 的结果没有确定的末位数字，请写明保留到哪一位，如 round: 0.1（保留一位小数）或 round: 1。",
        at);

    public static Diagnostic QualifierWithoutValue(SourceLocation at) => Error(
        "BG2022",
        "'qualifier' qualifies the fact's value, but the fact has no 'value'; to qualify a target, write the qualifier inside 'target'.",
        "“qualifier”修饰的是数据的 value，但该数据没有 value；如要修饰目标值，请把 qualifier 写在 target 里。",
        at);

    public static Diagnostic CannotWorkOut(SourceLocation at, string id, string? withoutValue) => Error(
        "BG2023",
        withoutValue is null
            ? $"The figure of '{id}' cannot be worked out: it divides by zero, or is too large."
            : $"The figure of '{id}' cannot be worked out: '{withoutValue}' has no 'value' (a target is not a value).",
        withoutValue is null
            ? $"无法算出数据“{id}”：除数为零，或结果过大。"
            : $"无法算出数据“{id}”：“{withoutValue}”没有 value（目标值不是数值）。",
        at);

    public static Diagnostic QualifierLost(SourceLocation at, string id, string qualified) => Error(
        "BG2024",
        $"'{id}' is worked out from '{qualified}', which is not an exact figure (it has a qualifier), so '{id}' is not exact either: give it a 'qualifier' too.",
        $"“{id}”由“{qualified}”算出，而后者不是确数（带有 qualifier），所以“{id}”也不是确数：请为它也写上 qualifier。",
        at);

    public static Diagnostic OperationDoesNotFitKind(SourceLocation at, string id, string operation, string kind, IEnumerable<string> kinds)
    {
        var list = string.Join(", ", kinds);
        return Error(
            "BG2025",
            $"A {operation} cannot be the figure of '{id}', which is of kind {kind}; a {operation} is of kind {list}.",
            $"{operation} 不能作为 kind 为 {kind} 的数据“{id}”的数值；{operation} 的 kind 应为 {list}。",
            at);
    }

    public static Diagnostic FiguresDisagree(SourceLocation at, string id, Model.Operation operation, Words stated, IReadOnlyList<(string Id, Words Value)> operands, Words computed)
    {
        string En(int i) => $"'{operands[i].Id}' ({operands[i].Value.En})";
        string Zh(int i) => $"“{operands[i].Id}”（{operands[i].Value.Zh}）";
        var all = Enumerable.Range(0, operands.Count).ToList();
        var (en, zh) = operation switch
        {
            Model.Operation.Sum => ($"the sum of its parts {string.Join(" + ", all.Select(En))}", $"其各部分{string.Join(" + ", all.Select(Zh))}之和"),
            Model.Operation.Difference => ($"{En(0)} − {En(1)}", $"{Zh(0)} − {Zh(1)}"),
            Model.Operation.Share => ($"the share {En(0)} ÷ {En(1)}", $"比重{Zh(0)} ÷ {Zh(1)}"),
            Model.Operation.Change => ($"the change from {En(0)} to {En(1)}", $"由{Zh(0)}到{Zh(1)}的变化"),
            _ => ($"the ratio {En(0)} ÷ {En(1)}", $"比值 {Zh(0)} ÷ {Zh(1)}"),
        };
        return Error(
            "BG2026",
            $"'{id}' is stated as {stated.En}, but {en} is {computed.En}, which the rounding of their digits cannot explain; correct one of them.",
            $"数据“{id}”写的是{stated.Zh}，但{zh}为{computed.Zh}，无法用各数字的舍入误差解释；请改正其中之一。",
            at);
    }

    public static Diagnostic NothingToCheck(SourceLocation at, string id) => Error(
        "BG2027",
        $"'{id}' has a 'check' but no 'value' to check; give the value the source states, or delete the check.",
        $"数据“{id}”写了“check”，却没有可核对的 value；请填写来源给出的数值，或删除 check。",
        at);

    // ── Number words, periods and dates in prose (BG2040–BG2049) ──

    private const string PeriodFormsEn = "a year (2024), years (2012-2021), a half (2024-H1, 2024-H2), a quarter (2024-Q2), the first three quarters (2024-Q1-Q3), a month (2024-03), months (2024-01/2024-10) or a day, for 'as of' (2024-10-31)";
    private const string PeriodFormsZh = "年份（2024）、年份区间（2012-2021）、半年（2024-H1、2024-H2）、季度（2024-Q2）、前三季度（2024-Q1-Q3）、月份（2024-03）、月份区间（2024-01/2024-10）或表示“截至”的日期（2024-10-31）";

    public static Diagnostic BadDateInProse(SourceLocation at, string written) => Error(
        "BG2040",
        $"The reference '{{{written}}}' names no date that exists; write {{date:2025-01-10}}, {{date:2025-01}} (a month) or {{date:01-10}} (a day without its year).",
        $"引用“{{{written}}}”不是存在的日期；请写 {{date:2025-01-10}}、{{date:2025-01}}（某月）或 {{date:01-10}}（不写年份的某日）。",
        at);

    public static Diagnostic BadPeriodInProse(SourceLocation at, string written) => Error(
        "BG2041",
        $"The reference '{{{written}}}' names no period; after 'period:' write {PeriodFormsEn}.",
        $"引用“{{{written}}}”不是有效的时间段；“period:”后请写{PeriodFormsZh}。",
        at);

    public static Diagnostic NoWordsForValue(SourceLocation at, string written, string factId, decimal value) => Error(
        "BG2042",
        $"The reference '{{{written}}}' writes the value of '{factId}', {Plain(value)}, in words, but only whole numbers from 0 to 9999 have words; write {{{factId}}} or {{{factId}:number}}.",
        $"引用“{{{written}}}”要把数据“{factId}”的值 {Plain(value)} 用文字写出（如“八”、eight），但只有 0 到 9999 的整数可以这样写；请写 {{{factId}}} 或 {{{factId}:number}}。",
        at);

    public static Diagnostic NoOrdinalForValue(SourceLocation at, string written, string factId, decimal value) => Error(
        "BG2043",
        $"The reference '{{{written}}}' writes the value of '{factId}', {Plain(value)}, as an ordinal (second, 第二), but only whole numbers from 1 have one; write {{{factId}}} or {{{factId}:number}}.",
        $"引用“{{{written}}}”要把数据“{factId}”的值 {Plain(value)} 写成序数（第二），但只有从 1 起的整数可以这样写；请写 {{{factId}}} 或 {{{factId}:number}}。",
        at);

    private static string Plain(decimal value) => value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);


    // ── Structure of sections.yaml: nesting, blocks, renamed keys (BG1040–BG1059; i10-structure) ──

    public static Diagnostic SectionTooDeep(SourceLocation at, string sectionId) => Error(
        "BG1040",
        $"The section '{sectionId}' is at the fourth level (（1） / 1.1.1.1), so it cannot hold 'sections': headings have four levels at most. Write its parts as paragraphs or points, or move them up a level.",
        $"“{sectionId}”已是第四级标题（（1） / 1.1.1.1），不能再含“sections”：标题最多四级。请把其下内容写成段落或分点（points），或上移一级。",
        at);

    public static Diagnostic RenamedKey(SourceLocation at, string old, string renamed, string example) => Error(
        "BG1041",
        $"'{old}' is now called '{renamed}'; write {example}.",
        $"“{old}”已改名为“{renamed}”，请写成 {example}。",
        at);

    public static Diagnostic TableRowLength(SourceLocation at, int row, int cells, int columns) => Error(
        "BG1042",
        $"Row {row} of the table has {cells} cell{(cells == 1 ? "" : "s")}, but the table has {columns} column{(columns == 1 ? "" : "s")}; give every row one cell per column (write \"\" for an empty one).",
        $"表格第{row}行有{cells}个单元格，但表格有{columns}列；每行的单元格数应与列数相同（空单元格写 \"\"）。",
        at);

    public static Diagnostic TooManyPoints(SourceLocation at, int count, int most) => Error(
        "BG1043",
        $"This block has {count} points; at most {most} can be numbered in words (一是 … 十是 / First … Tenth). Split them into two blocks, or into subsections.",
        $"此处共有{count}点，用文字编号（一是……十是 / First … Tenth）最多{most}点。请分成两组，或分为若干小节。",
        at);

    public static Diagnostic EmptyBlock(SourceLocation at, string block) => Error(
        "BG1044",
        $"'{block}' has no items; give it at least one, each starting with '- ', or delete it.",
        $"“{block}”中没有任何条目；请至少写一条（每条以“- ”开头），或将其删除。",
        at);

    // ── The office's settings, data/office.yaml, and what a briefing takes from them (BG1060–BG1079) ──

    public static Diagnostic OfficeKeyMissing(SourceLocation at, string key, string officeFile, bool officeExists) => Error(
        "BG1060",
        $"'{key}' is given neither here nor in the office's settings ({officeFile}{(officeExists ? "" : ", which does not exist")}); write it in one of the two (office.yaml for every briefing, briefing.yaml for this one).",
        $"“{key}”既未在此给出，也未在办公室设置（{officeFile}{(officeExists ? "" : "，该文件不存在")}）中给出；请在两者之一写明（写在 office.yaml 中对每期简报有效，写在 briefing.yaml 中只对本期有效）。",
        at);

    public static Diagnostic BadColour(SourceLocation at, string key, string text) => Error(
        "BG1061",
        $"'{text}' is not a colour for '{key}': write it as # and six hexadecimal digits, such as \"#c8102e\" (in quotation marks, since # starts a comment in YAML).",
        $"“{text}”不是有效的“{key}”颜色：请写成 # 加六位十六进制数字，例如 \"#c8102e\"（须加引号，因为 # 在 YAML 中表示注释）。",
        at);

    public static Diagnostic CommaEndedValue(SourceLocation at, string rest) => Error(
        "BG1080",
        $"Inside {{…}} a comma ends a value, so '{rest}' was read as a key of its own; put the value that holds the comma in double quotes: en: \"…, {rest}\".",
        $"在 {{…}} 中，逗号会结束一个值，因此“{rest}”被当成了另一个字段；请把含逗号的值放在英文双引号中：en: \"…, {rest}\"。",
        at);

    public static Diagnostic BadFontFamily(SourceLocation at, string stack, string family) => Error(
        "BG1062",
        $"'{family}' is not a font family for '{stack}': write the family's name (letters, digits, spaces and hyphens), or a list of them, such as {stack}: [LXGW WenKai].",
        $"“{family}”不是“{stack}”可用的字体名：请写字体族名称（字母、数字、空格和连字符），或其列表，如 {stack}: [LXGW WenKai]。",
        at);

    public static Diagnostic UnknownFontFamily(SourceLocation at, string stack, string family, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(family, known);
        var list = string.Join(", ", known);
        return Error(
            "BG1063",
            $"The font '{family}' chosen for '{stack}' is not installed with the project; use one of: {list}." + (suggestion is null ? "" : $" Did you mean '{suggestion}'?"),
            $"为“{stack}”选用的字体“{family}”未随项目安装；可用：{list}。" + (suggestion is null ? "" : $"是否想写“{suggestion}”？"),
            at);
    }

    public static Diagnostic FontWithoutBold(SourceLocation at, string stack, string family, IEnumerable<string> bold) => Error(
        "BG1064",
        $"The font '{family}' has no bold face, but '{stack}' is set in bold in places; the browser would fake the bold, and a faked bold prints as a Type 3 font, which print shops reject. Use a family with a bold face: {string.Join(", ", bold)}; {family} may be chosen for zh_kai.",
        $"字体“{family}”没有粗体，而“{stack}”在某些地方以粗体排印；浏览器会伪造粗体，伪粗体会嵌入为印刷厂拒收的 Type 3 字体。请选用带粗体的字体：{string.Join("、", bold)}；{family} 可用于 zh_kai。",
        at);

    private static Diagnostic Error(string code, string en, string zh, SourceLocation at) =>
        new(DiagnosticSeverity.Error, code, en, zh, at);

    // ── Charts: which facts a chart of each kind can draw (BG2050–BG2059) ──

    public static Diagnostic ChartFactWithoutValue(SourceLocation at, string id, Model.ChartKind kind, bool needsPeriod) => Error(
        "BG2050",
        $"The fact '{id}' cannot be drawn in a {ChartName(kind, false)}: it needs " + (needsPeriod ? "a value and a period, since the chart draws one fact per period." : "a value."),
        $"数据“{id}”不能画入{ChartName(kind, true)}：需要" + (needsPeriod ? " value 和 period（此图每个时期画一项数据）。" : "有 value。"),
        at);

    public static Diagnostic RankInChart(SourceLocation at, string id, Model.ChartKind kind) => Error(
        "BG2051",
        $"The fact '{id}' is a rank, which a {ChartName(kind, false)} cannot draw honestly: a longer bar would mean a lower place. Draw ranks in a chart of kind ranking.",
        $"数据“{id}”是名次，{ChartName(kind, true)}无法如实表示（条越长名次越靠后）。名次请用 kind: ranking 的图。",
        at);

    public static Diagnostic ChartFactsOfDifferentKinds(SourceLocation at, string id, string kind, string first, string firstKind) => Error(
        "BG2052",
        $"The fact '{id}' is of kind {kind}, but '{first}', the chart's first fact, is of kind {firstKind}: the facts of one chart must be of one kind, so that their lengths compare.",
        $"数据“{id}”的 kind 为 {kind}，而图中第一项数据“{first}”的 kind 为 {firstKind}：同一张图的数据须为同一类，长短才可比较。",
        at);

    public static Diagnostic ChartFactsInDifferentUnits(SourceLocation at, string id, Model.LocalizedText? unit, string first, Model.LocalizedText? firstUnit) => Error(
        "BG2053",
        $"The fact '{id}' is counted in {UnitName(unit, false)}, but '{first}', the chart's first fact, in {UnitName(firstUnit, false)}: the facts of one chart must share a unit, so that their lengths compare.",
        $"数据“{id}”的单位为{UnitName(unit, true)}，而图中第一项数据“{first}”的单位为{UnitName(firstUnit, true)}：同一张图的数据须单位相同，长短才可比较。",
        at);

    // Both halves, since either may differ: '个' / 'stations'; an English half left blank is not shown.
    private static string UnitName(Model.LocalizedText? unit, bool zh) =>
        (unit, zh) switch
        {
            (null, true) => "（无）",
            (null, false) => "no unit",
            (_, true) => unit.En.Length == 0 ? $"“{unit.Zh}”" : $"“{unit.Zh}”（{unit.En}）",
            _ => unit.En.Length == 0 ? $"'{unit.Zh}'" : $"'{unit.Zh}' / '{unit.En}'",
        };

    public static Diagnostic NegativeStackedPart(SourceLocation at, string id, decimal value) => Error(
        "BG2054",
        $"The fact '{id}' has the value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, but the parts and the whole of a stacked chart must be zero or more: a negative part has no length in a whole.",
        $"数据“{id}”的值为 {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}，但堆积条形图的各部分及总量须不小于 0：负数在总量中没有长度。",
        at);

    public static Diagnostic WholeOutsideStackedChart(SourceLocation at, Model.ChartKind kind) => Error(
        "BG2055",
        $"'whole' belongs to a chart of kind stacked; a {ChartName(kind, false)} has no whole. Remove it, or write kind: stacked.",
        $"“whole”只用于 kind: stacked 的图；{ChartName(kind, true)}没有总量。请删除它，或改为 kind: stacked。",
        at);

    public static Diagnostic WholeAmongParts(SourceLocation at, string id) => Error(
        "BG2056",
        $"The whole '{id}' is also listed as one of the chart's parts; list only the parts under 'facts'.",
        $"总量“{id}”也列在了图的各部分中；“facts”下只列各部分。",
        at);

    public static Diagnostic ChartFactCount(SourceLocation at, Model.ChartKind kind, int count, int min, int max) => Error(
        "BG2057",
        count < min
            ? $"A {ChartName(kind, false)} needs at least {min} " + (min == 1 ? "fact" : "facts") + $"; this one has {count}."
            : $"A {ChartName(kind, false)} draws at most {max} facts, so that its labels stay legible; this one has {count}. Split it into two charts.",
        count < min
            ? $"{ChartName(kind, true)}至少需要 {min} 项数据；此图有 {count} 项。"
            : $"{ChartName(kind, true)}最多画 {max} 项数据，标注才清晰可读；此图有 {count} 项。请拆成两张图。",
        at);

    public static Diagnostic SamePeriodTwiceInChart(SourceLocation at, string id, string other, Model.ChartKind kind) => Error(
        "BG2058",
        $"The facts '{id}' and '{other}' are of the same period, but a {ChartName(kind, false)} draws one fact per period.",
        $"数据“{id}”与“{other}”属于同一时期，但{ChartName(kind, true)}每个时期只画一项数据。",
        at);

    private static string ChartName(Model.ChartKind kind, bool zh) => (kind, zh) switch
    {
        (Model.ChartKind.Ranking, false) => "ranking chart",
        (Model.ChartKind.Ranking, true) => "排名图",
        (Model.ChartKind.Progress, false) => "progress chart",
        (Model.ChartKind.Progress, true) => "进度图",
        (Model.ChartKind.Bars, false) => "bar chart",
        (Model.ChartKind.Bars, true) => "条形图",
        (Model.ChartKind.Columns, false) => "column chart",
        (Model.ChartKind.Columns, true) => "柱形图",
        (Model.ChartKind.Line, false) => "line chart",
        (Model.ChartKind.Line, true) => "折线图",
        (_, false) => "stacked bar chart",
        (_, true) => "堆积条形图",
    };

    // ── verify: outputs against their approved snapshots (BG0060–BG0064), and the page renderer (BG4040–BG4041) ──

    public static Diagnostic NoApprovedSnapshots(SourceLocation at, string id, string folder) => Error(
        "BG0060",
        $"'{id}' has no approved snapshots ({folder} does not exist). Look at its outputs in out/{id}/; when they are right, approve them with: ./briefing verify --accept {id}",
        $"简报“{id}”还没有经过认可的快照（{folder} 不存在）。请先查看 out/{id}/ 中的输出；确认无误后，用以下命令认可：./briefing verify --accept {id}",
        at);

    public static Diagnostic SnapshotTextChanged(SourceLocation at, Verifying.Snapshot snapshot, string id, string diffFile) => Error(
        "BG0061",
        $"{Capital(snapshot.Describe(false))} is not as approved, from line {at.Line} of its snapshot (the diff follows, and is in {diffFile}). {AcceptHint(id, false)}",
        $"{snapshot.Describe(true)}与认可的快照不同，自快照第 {at.Line} 行起（差异见下文，亦见 {diffFile}）。{AcceptHint(id, true)}",
        at);

    public static Diagnostic SnapshotPageChanged(SourceLocation at, Verifying.Snapshot snapshot, string id, Verifying.PageComparison comparison, string differenceImage) => Error(
        "BG0062",
        $"{Capital(snapshot.Describe(false))} is not as approved: {PageChange(comparison, false)}. Before, after and their difference are in {Path.GetDirectoryName(differenceImage)}/ ({Path.GetFileName(differenceImage)} marks the change in magenta). {AcceptHint(id, false)}",
        $"{snapshot.Describe(true)}与认可的页面图像不同：{PageChange(comparison, true)}。修改前、修改后及差异图在 {Path.GetDirectoryName(differenceImage)}/ 中（{Path.GetFileName(differenceImage)} 以品红色标出变化）。{AcceptHint(id, true)}",
        at);

    public static Diagnostic SnapshotAdded(SourceLocation at, Verifying.Snapshot snapshot, string id, string file) => Error(
        "BG0063",
        $"{Capital(snapshot.Describe(false))} is new: no approved snapshot has it (it is in {file}). {AcceptHint(id, false)}",
        $"{snapshot.Describe(true)}是新出现的，认可的快照中没有（见 {file}）。{AcceptHint(id, true)}",
        at);

    public static Diagnostic SnapshotRemoved(SourceLocation at, Verifying.Snapshot snapshot, string id, string? file) => Error(
        "BG0064",
        $"{Capital(snapshot.Describe(false))} was approved but is no longer made{(file is null ? "" : $" (the approved image is in {file})")}. {AcceptHint(id, false)}",
        $"{snapshot.Describe(true)}曾经认可，现在却不再生成{(file is null ? "" : $"（认可的图像见 {file}）")}。{AcceptHint(id, true)}",
        at);

    public static Diagnostic PageRendererMissing(string program, string package) => Error(
        "BG4040",
        $"'{program}' is not installed; verify needs it to draw the PDFs' pages. Install it: apt-get install {package} (./briefing verify and ./briefing test do so when run as root).",
        $"未安装“{program}”；verify 需要它来绘制 PDF 的页面。请安装：apt-get install {package}（以 root 运行 ./briefing verify 或 ./briefing test 时会自动安装）。",
        SourceLocation.FileOnly(program));

    public static Diagnostic PageRendererFailed(string program, string said) => Error(
        "BG4041",
        $"'{program}' failed: {said}",
        $"“{program}”运行失败：{said}",
        SourceLocation.FileOnly(program));

    private static string AcceptHint(string id, bool zh) => zh
        ? $"如属有意修改，请运行：./briefing verify --accept {id}"
        : $"If the change is intended, run: ./briefing verify --accept {id}";

    private static string PageChange(Verifying.PageComparison comparison, bool zh) => (comparison.SizeChanged, zh) switch
    {
        (true, false) => $"its size changed to {comparison.Width} × {comparison.Height} px",
        (true, true) => $"尺寸变为 {comparison.Width} × {comparison.Height} 像素",
        (false, false) => $"{comparison.ChangedPixels} pixels changed (more than {Verifying.PageComparison.PixelTolerance} may not)",
        (false, true) => $"{comparison.ChangedPixels} 个像素发生变化（允许不超过 {Verifying.PageComparison.PixelTolerance} 个）",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // ── The report 'check --report' writes for CI (BG0050–BG0054) ──

    public static Diagnostic ReportNotWritable(string report, string detail) => Error(
        "BG0050",
        $"The report '{report}' could not be written: {detail}. Give --report a file in a folder this user may write, such as gl-code-quality-report.json.",
        $"无法写入报告“{report}”：{detail}。请为 --report 指定当前用户可写的目录中的文件，例如 gl-code-quality-report.json。",
        SourceLocation.FileOnly(report));

    public static Diagnostic ReportIsAFolder(string report) => Error(
        "BG0052",
        $"The report '{report}' cannot be written: it is a folder. Give --report a file name, such as {Path.Combine(report, "gl-code-quality-report.json")}.",
        $"无法写入报告“{report}”：它是一个文件夹。请为 --report 指定文件名，例如 {Path.Combine(report, "gl-code-quality-report.json")}。",
        SourceLocation.FileOnly(report));

    public static Diagnostic ReportFolderIsAFile(string report, string file) => Error(
        "BG0053",
        $"The report '{report}' cannot be written: '{file}' is a file, not a folder. Move the file, or give --report another path.",
        $"无法写入报告“{report}”：“{file}”是文件而不是文件夹。请移走该文件，或为 --report 指定其他路径。",
        SourceLocation.FileOnly(report));

    public static Diagnostic ReportOverwritesSources(string report, string folder) => Error(
        "BG0051",
        $"The report '{report}' would be written inside '{folder}', which holds the briefings' sources. Give --report a file outside data/ and templates/, such as gl-code-quality-report.json.",
        $"报告“{report}”会写到“{folder}”之内，那里存放简报的源文件。请为 --report 指定 data/ 和 templates/ 之外的文件，例如 gl-code-quality-report.json。",
        SourceLocation.FileOnly(report));

    // ── Finished PDFs for the archive and the press (BG3100–BG3119) ──

    public static Diagnostic ColourProfileMissing(string path, string package) => Error(
        "BG3100",
        $"The colour profile '{path}' is not installed; the PDFs embed it as their output intent. Install it: apt-get install {package} (./briefing does it for you).",
        $"色彩特性文件“{path}”未安装，PDF 需将其嵌入为输出意图。请安装：apt-get install {package}（./briefing 会自动安装）。",
        SourceLocation.FileOnly(path));

    public static Diagnostic PdfWithoutXmp(string pdf) => Error(
        "BG3101",
        $"{Path.GetFileName(pdf)} has no XMP metadata stream on its catalog, which PDF/A requires.",
        $"{Path.GetFileName(pdf)} 的目录中没有 XMP 元数据流，PDF/A 要求必须有。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic XmpDisagrees(string pdf, string info, string xmp, string infoValue, string xmpValue) => Error(
        "BG3102",
        $"{Path.GetFileName(pdf)}: the document info's {info} is '{SafeText.OneLine(infoValue)}' but the XMP's {xmp} is '{SafeText.OneLine(xmpValue)}'; PDF/A requires them to agree.",
        $"{Path.GetFileName(pdf)}：文档信息的 {info} 为“{SafeText.OneLine(infoValue)}”，而 XMP 的 {xmp} 为“{SafeText.OneLine(xmpValue)}”；PDF/A 要求两者一致。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic NotPdfA2b(string pdf, string part, string conformance) => Error(
        "BG3103",
        $"{Path.GetFileName(pdf)} does not identify itself as PDF/A-2b (pdfaid:part '{part}', pdfaid:conformance '{conformance}'; want 2 and B).",
        $"{Path.GetFileName(pdf)} 未标识为 PDF/A-2b（pdfaid:part 为“{part}”，pdfaid:conformance 为“{conformance}”；应为 2 和 B）。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic NoOutputIntent(string pdf, Words problem) => Error(
        "BG3104",
        $"{Path.GetFileName(pdf)} {problem.En}",
        $"{Path.GetFileName(pdf)} {problem.Zh}",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic RgbInPressPdf(string pdf, int page, string colourOperator) => Error(
        "BG3105",
        $"{Path.GetFileName(pdf)}, page {page}: a colour is set in DeviceRGB ('{colourOperator}'); a press file must be DeviceCMYK only.",
        $"{Path.GetFileName(pdf)} 第 {page} 页：有颜色以 DeviceRGB 设置（“{colourOperator}”）；印刷文件只能使用 DeviceCMYK。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic LinkWithoutContents(string pdf, int page, int count) => Error(
        "BG3106",
        $"{Path.GetFileName(pdf)}, page {page}: {count} link annotation(s) without /Contents, which screen readers and PDF/A-2 need.",
        $"{Path.GetFileName(pdf)} 第 {page} 页：有 {count} 个链接注释没有 /Contents，读屏软件和 PDF/A-2 需要它。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic FigureWithoutAlt(string pdf, int count) => Error(
        "BG3107",
        $"{Path.GetFileName(pdf)}: {count} figure element(s) of the structure tree without alt text (/Alt).",
        $"{Path.GetFileName(pdf)}：结构树中有 {count} 个图形元素没有替代文字（/Alt）。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic PaintingNotTagged(string pdf, int page, int count) => Error(
        "BG3108",
        $"{Path.GetFileName(pdf)}, page {page}: {count} painting operator(s) neither tagged nor marked as artifacts (page numbers and running heads must be artifacts, or they land in copied text).",
        $"{Path.GetFileName(pdf)} 第 {page} 页：有 {count} 个绘制操作既未加标记也未标为伪件（页码和页眉必须标为伪件，否则会混入复制的文字）。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic BadCmyk(SourceLocation at, string key, string text) => Error(
        "BG3109",
        $"'{key}' must be four inks from 0 to 100, written \"C0 M100 Y100 K0\"; found '{SafeText.OneLine(text)}'.",
        $"“{key}”须为 0 到 100 的四色油墨值，写作 \"C0 M100 Y100 K0\"；实际为“{SafeText.OneLine(text)}”。",
        at);

    // ── The print preflight (BG3120–BG3129 errors; its warnings are in Warnings.cs) ──

    /// <summary>Where the preflight places a finding: the PDF, and its page as a PDF open parameter (RFC 8118), which viewers follow.</summary>
    public static SourceLocation PreflightPlace(string pdf, int page) => SourceLocation.FileOnly(page > 0 ? $"{pdf}#page={page}" : pdf);

    public static Diagnostic PreflightError(string pdf, Finishing.PreflightFinding finding) => Error(
        finding.Check switch
        {
            Finishing.PreflightCheck.LineStartPunctuation => "BG3120",
            Finishing.PreflightCheck.FontEmbedding => "BG3121",
            Finishing.PreflightCheck.TextOffPage => "BG3122",
            _ => "BG3123",
        },
        (finding.Page > 0 ? $"Preflight, page {finding.Page}: " : "Preflight: ") + finding.Text.En + ".",
        (finding.Page > 0 ? $"印前检查，第{finding.Page}页：" : "印前检查：") + finding.Text.Zh + "。",
        PreflightPlace(pdf, finding.Page));

    public static Diagnostic PreflightFileMissing(string pdf) => Error(
        "BG3124",
        $"There is no file '{pdf}' to preflight. Name a PDF, such as out/jinan-digital-city/jinan-digital-city.zh.pdf (./briefing build makes them).",
        $"没有要做印前检查的文件“{pdf}”。请指定一个 PDF，例如 out/jinan-digital-city/jinan-digital-city.zh.pdf（由 ./briefing build 生成）。",
        SourceLocation.FileOnly(pdf));

    public static Diagnostic PreflightUnreadable(string pdf, string detail) => Error(
        "BG3125",
        $"'{pdf}' cannot be read as a PDF: {SafeText.OneLine(detail)}",
        $"无法把“{pdf}”作为 PDF 读取：{SafeText.OneLine(detail)}",
        SourceLocation.FileOnly(pdf));

    // ── The office's own fonts (BG1065) ──

    public static Diagnostic OfficeFontNotTrueType(SourceLocation at, string family, string format, string file) => Error(
        "BG1065",
        $"The font '{family}' ({SafeText.OneLine(file)}) has {SafeText.OneLine(format)} outlines, not TrueType: the browser would embed it as a CFF font, which this office's printers and the PDF checks do not take. Install or put in the office's fonts folder the TrueType (.ttf) version of the family.",
        $"字体“{family}”（{SafeText.OneLine(file)}）的字形轮廓是 {SafeText.OneLine(format)}，不是 TrueType：浏览器会把它嵌入为 CFF 字体，本办公室的印刷厂和 PDF 检查都不接受。请安装该字体的 TrueType（.ttf）版本，或放入办公室的字体文件夹。",
        at);

    // ── English hyphenation patterns, installed by npm ci (BG4012–BG4014) ──

    public static Diagnostic HyphenationPatternsMissing(string path) => Error(
        "BG4012",
        $"The English hyphenation patterns are not installed: '{path}' is missing. Run 'npm ci' in the repository (./briefing does it for you); package-lock.json pins the package 'hyphen' that holds them.",
        $"英文断词规则未安装：缺少“{path}”。请在仓库中运行“npm ci”（./briefing 会自动运行）；package-lock.json 锁定了包含它们的“hyphen”包。",
        SourceLocation.FileOnly(path));

    public static Diagnostic HyphenationPatternsUnreadable(string path, string detail) => Error(
        "BG4013",
        $"'{path}' is not a pattern file of the package 'hyphen' ({SafeText.OneLine(detail)}). Reinstall it with 'npm ci' in the repository.",
        $"“{path}”不是“hyphen”包的断词规则文件（{SafeText.OneLine(detail)}）。请在仓库中运行“npm ci”重新安装。",
        SourceLocation.FileOnly(path));

    // ── assemble: the site from the output folders of build --shard k/n (BG0070–BG0077) ──

    public static Diagnostic ShardFolderMissing(string folder) => Error(
        "BG0070",
        $"'{folder}' is not a folder. assemble takes the output folders of 'build --shard K/N' (each holding <id>/ folders with their manifest.json), such as: ./briefing assemble shards/1 shards/2 --out out",
        $"“{folder}”不是文件夹。assemble 的参数是“build --shard K/N”的输出文件夹（每个都含有带 manifest.json 的 <编号>/ 文件夹），例如：./briefing assemble shards/1 shards/2 --out out",
        SourceLocation.FileOnly(folder));

    public static Diagnostic ShardFolderOverlapsOutput(string folder, string output) => Error(
        "BG0071",
        $"The shard folder '{folder}' is, holds or lies inside the output folder '{output}', which assemble replaces briefing by briefing. Build each shard into a folder of its own (build --shard K/N --out shards/K) and assemble them into another.",
        $"分片文件夹“{folder}”就是输出文件夹“{output}”，或包含它，或位于其中，而 assemble 会逐份替换输出文件夹中的简报。请把每个分片生成到各自的文件夹（build --shard K/N --out shards/K），再汇总到另一个文件夹。",
        SourceLocation.FileOnly(folder));

    public static Diagnostic BriefingInTwoShards(SourceLocation at, string id, string other) => Error(
        "BG0072",
        $"The briefing '{id}' is also in '{other}', with another manifest (they differ from this line on). Two shards made it from different inputs or options: build every shard of one commit with the same options, each with its own K of the same N.",
        $"简报“{id}”也在“{other}”中，而清单不同（自此行起不同）。两个分片用不同的输入或选项生成了它：请用同一次提交、相同的选项生成每个分片，且各用同一 N 下不同的 K。",
        at);

    public static Diagnostic ShardFileMissing(SourceLocation at, string file) => Error(
        "BG0073",
        $"'{file}' is listed in this manifest but missing: the shard's outputs are incomplete (an upload or download of the artifact that failed?). Build the shard again.",
        $"清单中列出了“{file}”，但该文件不存在：分片的输出不完整（制品上传或下载失败？）。请重新生成该分片。",
        at);

    public static Diagnostic ShardFileChanged(SourceLocation at, string file, long bytes, long listedBytes) => Error(
        "BG0074",
        bytes == listedBytes
            ? $"'{file}' is not the file this manifest lists: its sha256 differs, though its size is the same. It was changed or damaged after the build; build the shard again."
            : $"'{file}' is not the file this manifest lists: it has {bytes} bytes, the manifest {listedBytes}. It was changed or damaged after the build; build the shard again.",
        bytes == listedBytes
            ? $"“{file}”不是清单所列的文件：大小虽然相同，sha256 却不同。它在生成后被改动或损坏；请重新生成该分片。"
            : $"“{file}”不是清单所列的文件：它有 {bytes} 字节，清单记为 {listedBytes} 字节。它在生成后被改动或损坏；请重新生成该分片。",
        at);

    public static Diagnostic ShardFileNotInManifest(string file, string manifest) => Error(
        "BG0075",
        $"'{file}' is not listed in '{manifest}': a build writes no file it does not list. Remove it, or build the shard again.",
        $"“{file}”未列在“{manifest}”中：构建不会写出清单之外的文件。请删除它，或重新生成该分片。",
        SourceLocation.FileOnly(file));

    public static Diagnostic ShardManifestUnreadable(SourceLocation at, string folder, Words problem) => Error(
        "BG0076",
        $"'{folder}' is not a briefing's output: {problem.En}. assemble takes the output folders of 'build --shard K/N' as they were written.",
        $"“{folder}”不是一份简报的输出：{problem.Zh}。assemble 只接受“build --shard K/N”原样写出的输出文件夹。",
        at);

    public static Diagnostic ShardsHoldNoBriefing(string folders) => Error(
        "BG0077",
        $"There is no briefing in {folders}: each briefing of a shard's output is a folder <id>/ with its manifest.json. Were the shards built into these folders (build --shard K/N --out DIR)?",
        $"{folders} 中没有任何简报：分片输出中的每份简报都是一个带 manifest.json 的 <编号>/ 文件夹。各分片是否生成到了这些文件夹（build --shard K/N --out DIR）？",
        SourceLocation.FileOnly(folders));

    // ── The site's shared assets and their font subsets (BG4015–BG4019, BG5023–BG5027) ──

    public static Diagnostic SubsetterMissing(string what) => Error(
        "BG4015",
        $"The font subsetter is not installed ('{what}' is missing): the intranet pages' fonts are cut down to their characters by tools/subset-fonts.js, which needs Node.js and npm's subset-font. Install Node.js ('sudo apt-get install nodejs npm'), then run 'npm ci' in the repository.",
        $"未安装字体子集工具（缺少“{what}”）：内网网页的字体由 tools/subset-fonts.js 裁剪为其所用字符，它需要 Node.js 和 npm 的 subset-font。请安装 Node.js（“sudo apt-get install nodejs npm”），再在仓库中运行“npm ci”。",
        SourceLocation.FileOnly(what));

    public static Diagnostic SubsetterFailed(string script, int exitCode, string reason) => Error(
        "BG4016",
        $"The font subsetter '{script}' failed (exit code {exitCode}): {SafeText.OneLine(reason)}. Run 'npm ci' in the repository to reinstall it.",
        $"字体子集工具“{script}”运行失败（退出码 {exitCode}）：{SafeText.OneLine(reason)}。请在仓库中运行“npm ci”重新安装。",
        SourceLocation.FileOnly(script));

    public static Diagnostic AssetNotItsName(string file) => Error(
        "BG5023",
        $"'{file}' is not the file its name says: the hash in a shared asset's name is that of its bytes, and these bytes have another. It was changed or damaged after the build; build the shard again.",
        $"“{file}”不是其文件名所指的文件：共享资源文件名中的哈希值应与其内容一致，而此文件的内容不符。它在生成后被改动或损坏；请重新生成该分片。",
        SourceLocation.FileOnly(file));

    // ── The archive: the site's address and the names its pages take (BG1090–BG1091) ──

    public static Diagnostic BadSiteUrl(SourceLocation at, string key, string text) => Error(
        "BG1090",
        $"'{text}' is not an address for '{key}': write the address where out/ is published, starting with https:// or http://, with no user, query (?) or fragment (#), such as https://intranet.example.gov.cn/briefings/. The feed's links are made from it.",
        $"“{text}”不是有效的“{key}”地址：请写 out/ 发布处的网址，以 https:// 或 http:// 开头，不含用户名、查询（?）或片段（#），例如 https://intranet.example.gov.cn/briefings/。订阅源的链接由它生成。",
        at);

    public static Diagnostic ReservedBriefingId(string folder, string id) => Error(
        "BG1091",
        $"A briefing cannot be called '{id}': out/{id}/ is the site's own folder. Rename the folder '{folder}' (its name is the briefing's id).",
        $"简报不能命名为“{id}”：out/{id}/ 是网站自用的文件夹。请重命名文件夹“{folder}”（文件夹名即简报编号）。",
        SourceLocation.FileOnly(folder));

    // ── Search: the index of every briefing page, written by Pagefind (BG4020–BG4024) ──

    public static Diagnostic SearchIndexerMissing(string binary) => Error(
        "BG4020",
        $"Pagefind, which writes the site's search index, is not installed: '{binary}' is missing. Run 'npm ci' in the repository (./briefing does it for you); package-lock.json pins the packages 'pagefind' and '@pagefind/<platform>' that hold it.",
        $"未安装用于生成站内搜索索引的 Pagefind：缺少“{binary}”。请在仓库中运行“npm ci”（./briefing 会自动运行）；package-lock.json 锁定了包含它的“pagefind”和“@pagefind/<平台>”包。",
        SourceLocation.FileOnly(binary));

    public static Diagnostic SearchIndexerFailed(string binary, string said) => Error(
        "BG4021",
        $"Pagefind could not write the site's search index: {SafeText.OneLine(said)}. The previous index is published as it was.",
        $"Pagefind 未能生成站内搜索索引：{SafeText.OneLine(said)}。原有的索引仍照常发布。",
        SourceLocation.FileOnly(binary));
}
