using System.Globalization;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Finishing;
using BriefingGen.Messages;

namespace BriefingGen.Cli;

/// <summary>The preflight's figures as the report ends with them: each measurement, its value and its target, in columns.</summary>
internal static class PreflightTable
{
    public static string Format(PreflightReport report, bool chinese)
    {
        var rows = report.Figures
            .Select(f => (Name: chinese ? f.Name.Zh : f.Name.En, Value: chinese ? f.ValueZh ?? f.Value : f.Value, Target: chinese ? f.Target.Zh : f.Target.En))
            .Prepend((Name: Catalogue.In(chinese, "preflight.measured"), Value: Catalogue.In(chinese, "preflight.value"), Target: Catalogue.In(chinese, "preflight.target")))
            .ToList();
        var nameWidth = rows.Max(r => Width(r.Name));
        var valueWidth = rows.Max(r => Width(r.Value));
        var text = new StringBuilder();
        foreach (var (name, value, target) in rows)
        {
            text.Append("  ").Append(Pad(name, nameWidth)).Append("  ").Append(Pad(value, valueWidth)).Append("  ").Append(target).Append('\n');
        }

        return string.Join('\n', text.ToString().TrimEnd('\n').Split('\n').Select(SafeText.Escape));
    }

    private static string Pad(string text, int width) => text + new string(' ', width - Width(text));

    // A Chinese character takes two columns of a terminal.
    private static int Width(string text) => text.Sum(c => c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1);
}
