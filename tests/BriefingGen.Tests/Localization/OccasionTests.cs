using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Tests.Localization;

/// <summary>The occasion under the summary reads as one sentence in each language, with or without attendees.</summary>
public sealed class OccasionTests : IDisposable
{
    private static readonly string Base = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Checking", "Corpus", "Base");

    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("briefinggen-occasion-").FullName, "occasion-test");

    public OccasionTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(Base))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_occasion_is_one_sentence_in_each_language(bool attendees)
    {
        if (!attendees)
        {
            var path = Path.Combine(_folder, "briefing.yaml");
            File.WriteAllLines(path, File.ReadAllLines(path).Where(line => !line.TrimStart().StartsWith("attendees:", StringComparison.Ordinal)));
        }

        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(_folder, diagnostics)!;
        var line = Localizer.Localize(briefing).Occasion!.Line;

        Assert.Equal(attendees, briefing.Occasion!.Attendees.Count > 0);
        var names = briefing.Occasion.Attendees.Select(a => briefing.People.Single(p => p.Id == a.Id).Name).ToList();
        // Chinese: the title and the names, then one full stop, at the end.
        Assert.Contains(Html.Escape(briefing.Occasion.Title.Zh), line.Zh, StringComparison.Ordinal);
        Assert.All(names, name => Assert.Contains(name.Zh, line.Zh, StringComparison.Ordinal));
        Assert.EndsWith("。", line.Zh, StringComparison.Ordinal);
        Assert.Single(line.Zh, '。');
        // English: the same, with no sentence ending before the last full stop.
        Assert.Contains(Html.Escape(briefing.Occasion.Title.En), line.En, StringComparison.Ordinal);
        Assert.All(names, name => Assert.Contains(name.En, line.En, StringComparison.Ordinal));
        Assert.EndsWith(".", line.En, StringComparison.Ordinal);
        Assert.DoesNotContain(". ", line.En, StringComparison.Ordinal);
    }
}
