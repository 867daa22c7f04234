using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>Lets templates include partials from the templates folder, and nothing outside it.</summary>
internal sealed class TemplateFolder(string root) : ITemplateLoader
{
    public string Root { get; } = Path.GetFullPath(root);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, templateName));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ScriptRuntimeException(callerSpan, $"The template '{templateName}' is outside the templates folder.");
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"The template '{Path.GetRelativePath(Root, templatePath)}' does not exist.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
