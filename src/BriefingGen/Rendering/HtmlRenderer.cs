using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>Renders a localized briefing into one HTML document per edition with the Scriban templates.</summary>
internal sealed partial class HtmlRenderer(string templatesFolder)
{
    private readonly TemplateFolder _folder = new(templatesFolder);

    public string Render(BriefingView briefing, Edition edition)
    {
        var path = Path.Combine(_folder.Root, edition.Template);
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new BuildFailedException(template.Messages.Select(m => Error(m.Span, m.Message, edition)).ToList());
        }

        var globals = new ScriptObject();
        globals.Import(new
        {
            Briefing = briefing,
            Edition = new
            {
                edition.Code,
                Title = Html.Escape(edition.TitleOf(briefing)),
                edition.Stylesheets,
            },
            Labels = edition.Labels,
            edition.Lang,
            edition.PairLang,
        });
        globals.Import("chart_svg", new Func<ChartView, string, string>(Charts.ChartSvg.Render));
        var context = new ItemTrackingContext
        {
            TemplateLoader = _folder,
            // A misspelt variable or member is an error, not an empty string in print.
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Bounds that a correct template never reaches; a runaway loop fails fast instead.
            LoopLimit = 10_000,
            RecursiveLimit = 64,
        };
        context.PushGlobal(globals);
        try
        {
            return BlankLines().Replace(template.Render(context), "");
        }
        catch (ScriptRuntimeException e) when (context.RememberItem())
        {
            throw new BuildFailedException(Error(e.Span, e.OriginalMessage, edition, context.ItemAtFailure));
        }
    }

    private static Diagnostic Error(SourceSpan span, string message, Edition edition, string? item = null)
    {
        var at = new SourceLocation(DisplayPaths.For(span.FileName ?? edition.Template), span.Start.Line + 1, span.Start.Column + 1);
        return Errors.Template(at, message, edition.Code, item);
    }


    // Template tags leave whitespace-only lines behind; they carry nothing in HTML.
    [GeneratedRegex(@"\n[ \t]*(?=\n)")]
    private static partial Regex BlankLines();

}
