using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// A measurement taken on each page, against a target and a tolerance: one figure (the median and
/// the range), and one warning naming the pages where it is off, never one a page.
/// </summary>
internal static class Measured
{
    public static void Report(
        List<PreflightFinding> findings,
        List<PreflightFigure> figures,
        PreflightCheck check,
        IReadOnlyList<(int Page, double Value)> values,
        double target,
        double tolerance,
        Words name,
        Words subject,
        string unit = "mm")
    {
        var goal = $"{F(target)} ± {F(tolerance)} {unit}";
        if (values.Count == 0)
        {
            figures.Add(new(name, "—", new(goal, goal)));
            return;
        }

        var sorted = values.Select(v => v.Value).Order().ToList();
        var median = sorted[sorted.Count / 2];
        var range = sorted[0] == sorted[^1] ? "" : $" ({F(sorted[0])}–{F(sorted[^1])})";
        figures.Add(new(name, $"{F(median)} {unit}{range}", new(goal, goal)));
        var off = values.Where(v => Math.Abs(v.Value - target) > tolerance).ToList();
        if (off.Count > 0)
        {
            var offPages = off.Select(v => v.Page).ToList();
            var span = $"{F(off.Min(v => v.Value))}" + (off.Count > 1 && off.Min(v => v.Value) != off.Max(v => v.Value) ? $"–{F(off.Max(v => v.Value))}" : "");
            findings.Add(new(DiagnosticSeverity.Warning, check, offPages[0], new(
                $"{subject.En} is {span} {unit}, not {goal}, on {Pages.En(offPages)}",
                $"{Pages.Zh(offPages)}{subject.Zh}为 {span} {unit}，应为 {goal}")));
        }
    }

    public static string F(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
