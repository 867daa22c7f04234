using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Rendering;

namespace BriefingGen.Tests.Rendering;

/// <summary>A template error names the template's file and line and the data item being rendered.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-templates-").FullName;

    private string Templates => Path.Combine(_root, "templates");

    /// <summary>A copy of the corpus's base briefing (which has quotes after paragraphs), the tests' own.</summary>
    private string Briefing => Directory.Exists(Path.Combine(_root, "data", "base")) ? Path.Combine(_root, "data", "base") : TestProject.WithBaseData(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void An_error_inside_a_loop_names_the_item_and_where_it_is_written()
    {
        // Only quotes fail: the message must point at the quote, not at the paragraph before it.
        Break("partials/block.sbn", "{{~ if block.kind == \"quote\" }}{{ block.no_such_field }}{{ end ~}}");

        var error = RenderFails();

        Assert.Equal("BG3001", error.Code);
        Assert.EndsWith("partials/block.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
        Assert.Matches(@"while rendering the item written at .*sections\.yaml\(\d+,\d+\)", error.Message);
        var at = System.Text.RegularExpressions.Regex.Match(error.Message, @"sections\.yaml\((\d+),(\d+)\)");
        var line = File.ReadAllLines(Path.Combine(Briefing, "sections.yaml"))[int.Parse(at.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
        Assert.Contains("quote:", line, StringComparison.Ordinal);
        Assert.Contains("渲染 zh 版时模板出错", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_outside_any_loop_names_no_item()
    {
        Break("partials/masthead-zh.sbn", "{{ briefing.no_such_field }}");

        var error = RenderFails();

        Assert.EndsWith("partials/masthead-zh.sbn", error.Location.File, StringComparison.Ordinal);
        Assert.DoesNotContain("while rendering the item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_a_template_is_reported_with_its_line()
    {
        File.WriteAllText(Path.Combine(Copy(), "zh.sbn"), "<html>\n{{ if }}\n</html>\n");

        var errors = RenderFailsWith();

        Assert.All(errors, error =>
        {
            Assert.Equal("BG3001", error.Code);
            Assert.EndsWith("zh.sbn", error.Location.File, StringComparison.Ordinal);
            Assert.Equal(2, error.Location.Line);
        });
    }

    private void Break(string partial, string firstLine)
    {
        var path = Path.Combine(Copy(), partial);
        File.WriteAllText(path, firstLine + "\n" + File.ReadAllText(path));
    }

    private string Copy()
    {
        if (!Directory.Exists(Templates))
        {
            TestProject.WithOwnTemplates(_root);
        }

        return Templates;
    }

    private Diagnostic RenderFails() => Assert.Single(RenderFailsWith());

    private IReadOnlyList<Diagnostic> RenderFailsWith()
    {
        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(Briefing, diagnostics)!;
        var failure = Assert.Throws<BuildFailedException>(() => new HtmlRenderer(Templates).Render(Localizer.Localize(briefing), Edition.Chinese));
        return failure.Diagnostics;
    }
}
