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
}
