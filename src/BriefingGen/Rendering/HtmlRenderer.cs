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

    /// <summary>The site's title, on the front page and in the feed.</summary>
    public const string SiteTitle = "政协参阅 CPPCC Briefings";

    /// <summary>The site's front page, listing every published briefing, with the feed named in its head.</summary>
    public string RenderSite(SiteView site, PageLinks links) => RenderArchive("site.sbn", site, SiteTitle, AtomFeed.FileName, links);

    /// <summary>A series' page, listing that series' briefings.</summary>
    public string RenderSeries(SiteView series, PageLinks links) =>
        RenderArchive("series.sbn", series, $"{series.Heading?.Zh} {series.Heading?.En} | {Html.Escape(SiteTitle)}", "", links);

    private string RenderArchive(string template, SiteView site, string title, string feed, PageLinks links)
    {
        var globals = new ScriptObject();
        globals.Import(new { Site = site, Edition = new { Code = "site", Title = title, links.Stylesheets, Theme = "", links.Fonts, Feed = feed } });
        return RenderTemplate(template, globals, template == "site.sbn" ? "site" : "series");
    }

    /// <summary>The edition's document, linking what the edition links as rendered (Edition.Links).</summary>
    public string Render(BriefingView briefing, Edition edition) => Render(briefing, edition, edition.Links);

    /// <summary>The edition's document, linking the stylesheets <paramref name="links"/> names.</summary>
    public string Render(BriefingView briefing, Edition edition, PageLinks links)
    {
        var globals = new ScriptObject();
        globals.Import(new
        {
            Briefing = briefing,
            Edition = new
            {
                edition.Code,
                Title = Html.Escape(edition.TitleOf(briefing)),
                links.Stylesheets,
                briefing.Theme,
                links.Fonts,
                // A briefing's page names no feed (see RenderArchive).
                Feed = "",
            },
            Labels = EditionLabels.All,
            edition.Lang,
            edition.PairLang,
        });
        globals.Import("chart_svg", new Func<ChartView, string, string>(Charts.ChartSvg.Render));
        return RenderTemplate(edition.Template, globals, edition.Code);
    }

    private string RenderTemplate(string name, ScriptObject globals, string document)
    {
        var template = Parsed(Path.Combine(_folder.Root, name), document);

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
        foreach (var partial in Directory.EnumerateFiles(Path.Combine(_folder.Root, "partials"), "*.sbn"))
        {
            context.CachedTemplates[partial] = Parsed(partial, document);
        }

        string html;
        try
        {
            html = BlankLines().Replace(template.Render(context), "");
        }
        catch (ScriptRuntimeException e) when (context.RememberItem())
        {
            throw new BuildFailedException(Error(e.Span, e.OriginalMessage, document, context.ItemAtFailure));
        }

        return OutputUrls.Refuse(html, document) is { } refused ? throw new BuildFailedException(refused) : html;
    }

    // Parsed templates by path, kept while the file is unchanged: watch renders on every save.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Written, Template Template)> ParsedTemplates = new(StringComparer.Ordinal);

    private static Template Parsed(string path, string document)
    {
        var written = File.GetLastWriteTimeUtc(path);
        if (!ParsedTemplates.TryGetValue(path, out var cached) || cached.Written != written)
        {
            cached = (written, Template.Parse(File.ReadAllText(path), path));
            ParsedTemplates[path] = cached;
        }

        if (cached.Template.HasErrors)
        {
            throw new BuildFailedException(cached.Template.Messages.Select(m => Error(m.Span, m.Message, document)).ToList());
        }

        return cached.Template;
    }

    private static Diagnostic Error(SourceSpan span, string message, string document, string? item = null)
    {
        var at = new SourceLocation(DisplayPaths.For(span.FileName ?? document), span.Start.Line + 1, span.Start.Column + 1);
        return Errors.Template(at, message, document, item);
    }


    // Template tags leave whitespace-only lines behind; they carry nothing in HTML.
    [GeneratedRegex(@"\n[ \t]*(?=\n)")]
    private static partial Regex BlankLines();

}
