using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace BriefingGen.Tests.Site;

/// <summary>axe-core finds no serious or critical accessibility problem on any page, in any state of the language switch.</summary>
[Collection(BuiltSite.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>axe's results, cut down to what a reader of a failure needs.</summary>
    internal const string RunAxe = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary ?? '').replaceAll('\n', ' ')),
          })));
        }
        """;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static string AxeScript => Path.Combine(TestPaths.Repository, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Each page in each state of its switch, on a desk (1280 px) and on a phone (390 px), where the layout differs.</summary>
    public static TheoryData<string, string?, int> PagesStatesAndWidths
    {
        get
        {
            var data = new TheoryData<string, string?, int>();
            foreach (var width in new[] { 1280, 390 })
            {
                data.Add(SiteFixture.FrontPage, null, width);
                data.Add(SiteFixture.SeriesPage, null, width);
                foreach (var state in new[] { "zh", "en", "both" })
                {
                    data.Add(SiteFixture.BriefingPage, state, width);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PagesStatesAndWidths))]
    public async Task Axe_finds_no_serious_or_critical_violation(string pageName, string? state, int width)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: run 'npm ci' in {TestPaths.Repository}.");
        await using var page = await site.OpenAsync(pageName, width);
        if (state is not null)
        {
            await page.ChooseLanguageAsync(state);
        }

        // Injected as the test's own script: the page has none and needs none.
        await page.Page.AddScriptTagAsync(new PuppeteerSharp.AddTagOptions { Path = AxeScript });
        var violations = JsonSerializer.Deserialize<List<Violation>>(await page.Page.EvaluateFunctionAsync<string>(RunAxe), Json)!;

        // Lesser findings are printed for a reader of the test output, but do not fail the test.
        foreach (var minor in violations.Where(v => !IsSerious(v)))
        {
            output.WriteLine(Describe(minor));
        }

        var serious = violations.Where(IsSerious).ToList();
        Assert.True(serious.Count == 0, $"{pageName} ({state ?? "no switch"}, {width} px):\n{string.Join("\n", serious.Select(Describe))}");
    }

    internal static bool IsSerious(Violation violation) => violation.Impact is "serious" or "critical";

    internal static string Describe(Violation violation)
    {
        var text = new StringBuilder($"{violation.Impact} {violation.Id}: {violation.Help}\n");
        foreach (var node in violation.Nodes)
        {
            text.Append("    ").Append(node).Append('\n');
        }

        return text.ToString();
    }

    internal sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes);
}
