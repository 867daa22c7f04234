namespace BriefingGen.Diagnostics;

/// <summary>
/// Every diagnostic the tool can report, made in one place so that codes stay stable and messages
/// stay consistent. Codes: BG0xxx files and YAML, BG1xxx shape of the data, BG2xxx meaning and
/// references, BG3xxx templates, BG4xxx the browser and the PDFs.
/// </summary>
internal static class Errors
{
    public static Diagnostic FileMissing(string path, string what) =>
        Error("BG0001", $"The file '{Path.GetFileName(path)}' is missing; it should hold {what}.", SourceLocation.FileOnly(path));

    public static Diagnostic YamlSyntax(SourceLocation at, string detail) =>
        Error("BG0002", $"This is not valid YAML: {detail}", at);

    public static Diagnostic DuplicateKey(SourceLocation at, string key) =>
        Error("BG0003", $"The key '{key}' appears twice in the same block; keep one.", at);

    public static Diagnostic TabIndent(SourceLocation at) =>
        Error("BG0004", "A tab is used for indentation; YAML allows spaces only.", at);

    public static Diagnostic MissingField(SourceLocation at, string field, string owner) =>
        Error("BG1001", $"'{owner}' is missing the field '{field}'.", at);

    public static Diagnostic MissingHalf(SourceLocation at, string field, string half) =>
        Error("BG1002", $"'{field}' has no '{half}' half; every text needs both 'zh' and 'en'.", at);

    public static Diagnostic WrongShape(SourceLocation at, string field, string expected) =>
        Error("BG1003", $"'{field}' should be {expected}.", at);

    public static Diagnostic UnknownKey(SourceLocation at, string key, IEnumerable<string> allowed)
    {
        var suggestion = Suggestions.Closest(key, allowed);
        var hint = suggestion is null ? $" Allowed here: {string.Join(", ", allowed)}." : $" Did you mean '{suggestion}'?";
        return Error("BG1004", $"Unknown key '{key}'.{hint}", at);
    }

    public static Diagnostic BadNumber(SourceLocation at, string text) =>
        Error("BG1005", $"'{text}' is not a number; write 52000, 30.3, 5.2万 or 417亿.", at);

    public static Diagnostic BadDate(SourceLocation at, string text) =>
        Error("BG1006", $"'{text}' is not a date that exists; write it as YYYY-MM-DD, e.g. 2025-01-08.", at);

    public static Diagnostic BadPeriod(SourceLocation at, string text) =>
        Error("BG1007", $"'{text}' is not a period; write 2024, 2024-Q1-Q3, 2024-H1 or a date such as 2024-10-31.", at);

    public static Diagnostic BadChoice(SourceLocation at, string field, string text, IEnumerable<string> allowed)
    {
        var suggestion = Suggestions.Closest(text, allowed);
        var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
        return Error("BG1008", $"'{text}' is not a valid {field}; use one of: {string.Join(", ", allowed)}.{hint}", at);
    }

    public static Diagnostic DuplicateId(SourceLocation at, string id, SourceLocation first) =>
        Error("BG2001", $"The id '{id}' is already used at {first}; ids must be unique.", at);

    public static Diagnostic UnknownReference(SourceLocation at, string kind, string id, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(id, known);
        var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
        return Error("BG2002", $"There is no {kind} with the id '{id}'.{hint}", at);
    }

    public static Diagnostic BadReference(SourceLocation at, string reference, string why) =>
        Error("BG2003", $"The reference '{{{reference}}}' {why}", at);

    public static Diagnostic FactWithoutFigure(SourceLocation at, string id) =>
        Error("BG2004", $"The fact '{id}' has neither a 'value' nor a 'target'; give it at least one.", at);

    public static Diagnostic CountWithoutUnit(SourceLocation at, string id) =>
        Error("BG2005", $"The fact '{id}' is a count and needs a 'unit' such as {{zh: 个, en: \"\"}}.", at);

    public static Diagnostic DifferenceCycle(SourceLocation at, string id) =>
        Error("BG2006", $"The fact '{id}' is computed from itself through 'difference'.", at);

    public static Diagnostic Template(SourceLocation at, string detail, string item) =>
        Error("BG3001", $"Template error while rendering {item}: {detail}", at);

    public static Diagnostic BrowserMissing(string looked) =>
        Error("BG4001", $"Chromium was not found (looked for {looked}). Install it with 'apt-get install chromium', or set BRIEFING_CHROMIUM to its path.", SourceLocation.FileOnly("chromium"));

    public static Diagnostic PrintFailed(string document, string detail) =>
        Error("BG4002", $"Printing {Path.GetFileName(document)} failed: {detail}", SourceLocation.FileOnly(document));

    public static Diagnostic PdfFont(string pdf, string font, string problem) =>
        Error("BG4003", $"The font '{font}' {problem}", SourceLocation.FileOnly(pdf));

    public static Diagnostic BlockedRequest(string document, string url) =>
        Error("BG4004", $"The page asked for '{url}', outside the output and font folders; the request was refused.", SourceLocation.FileOnly(document));

    public static Diagnostic FontsMissing(string folder) =>
        Error("BG4005", $"The fonts are not installed in '{folder}'. Run 'npm ci' in the repository (./briefing does it for you).", SourceLocation.FileOnly(folder));

    public static Diagnostic NoBriefings(string folder) =>
        Error("BG0005", $"No briefing was found under '{folder}': a briefing is a folder with a briefing.yaml.", SourceLocation.FileOnly(folder));

    private static Diagnostic Error(string code, string message, SourceLocation at) =>
        new(DiagnosticSeverity.Error, code, message, at);
}
