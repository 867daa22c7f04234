using System.Globalization;
using BriefingGen.Cli;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;
using Xunit;

namespace BriefingGen.Tests.Checking;

/// <summary>
/// What every briefing under data/ must be, whoever wrote it: clean, and its checked figures truly
/// checked. The cases come from the data: each fact with a 'check' is broken in two ways, by
/// changing one figure it follows from and by changing the figure itself, and either must be
/// reported at the check, naming both facts, in both languages.
/// </summary>
public sealed class DataBriefingsTests
{
    private static string Data => TestPaths.Data;

    private static IReadOnlyList<string> Ids() => TestPaths.DataBriefings;

    public static TheoryData<string> Briefings() => new(Ids());

    [Fact]
    public void There_is_more_than_one_briefing_under_data() => Assert.True(Ids().Count >= 2);

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_briefing_under_data_checks_without_errors_or_warnings(string id)
    {
        var diagnostics = new DiagnosticBag();

        BuildPipeline.LoadAll([Path.Combine(Data, id)], diagnostics);

        Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
    }

    public static TheoryData<string, string, bool> Checks()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var id in Ids())
        {
            foreach (var fact in Load(Path.Combine(Data, id)).Facts.Where(f => f.Check is not null))
            {
                data.Add(id, fact.Id, true);
                data.Add(id, fact.Id, false);
            }
        }

        return data;
    }

    [Fact]
    public void Some_briefing_checks_a_sum_and_a_share()
    {
        var operations = Ids()
            .SelectMany(id => Load(Path.Combine(Data, id)).Facts)
            .Select(f => f.Check?.Operation)
            .ToList();

        Assert.Contains(Operation.Sum, operations);
        Assert.Contains(Operation.Share, operations);
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public void A_checked_figure_that_no_longer_agrees_is_reported_at_its_check(string id, string factId, bool changePart)
    {
        var root = Directory.CreateTempSubdirectory("briefinggen-cross-check-").FullName;
        try
        {
            var folder = Path.Combine(root, id);
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.Combine(Data, id)))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.Copy(Path.Combine(Data, "office.yaml"), Path.Combine(root, "office.yaml"));
            var facts = Load(folder).Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
            var fact = facts[factId];
            // Double the first figure it follows from, or halve the figure itself: no rounding explains either.
            var changed = changePart ? facts[fact.Check!.Operands[0].Id] : fact;
            Rewrite(changed.Value!.Location, changePart ? 2m : 0.5m);

            var diagnostics = new DiagnosticBag();
            BuildPipeline.LoadAll([folder], diagnostics);

            var report = diagnostics.Items.Where(d => d.Code == "BG2026" && d.Location.Line == fact.Check!.Location.Line).ToList();
            Assert.True(report.Count == 1, string.Join("\n", diagnostics.Items));
            Assert.Equal("facts.yaml", Path.GetFileName(report[0].Location.File));
            foreach (var named in new[] { fact.Id, changed.Id })
            {
                Assert.Contains($"'{named}'", report[0].Message, StringComparison.Ordinal);
                Assert.Contains($"“{named}”", report[0].MessageZh, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Writes the number at the place in place of itself times <paramref name="factor"/>.</summary>
    private static void Rewrite(SourceLocation at, decimal factor)
    {
        var lines = File.ReadAllLines(at.File).ToList();
        var line = lines[at.Line - 1];
        var start = at.Column - 1;
        var end = line.IndexOfAny([' ', '#', '}', ','], start) is var i and >= 0 ? i : line.Length;
        Assert.True(NumberParser.TryParse(line[start..end], out var number), line);
        lines[at.Line - 1] = line[..start] + (number * factor).ToString(CultureInfo.InvariantCulture) + line[end..];
        File.WriteAllLines(at.File, lines);
    }

    private static Briefing Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        return BriefingLoader.Load(folder, diagnostics)!;
    }
}
