using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Localization;
using BriefingGen.Model;
using BriefingGen.Rendering;

namespace BriefingGen.Finishing;

/// <summary>What an edition's PDF says about itself, from the briefing's localized view: the same words the pages use.</summary>
internal static partial class PdfFactsBuilder
{
    public static PdfFacts For(Briefing briefing, BriefingView view, Edition edition, DateTimeOffset date)
    {
        var zh = edition.Lang == "zh" || edition.PairLang == "zh";
        var en = edition.Lang == "en" || edition.PairLang == "en";
        string Both(Pair pair) => zh && en ? $"{Plain(pair.Zh)} | {Plain(pair.En)}" : Plain(zh ? pair.Zh : pair.En);
        var titles = new List<(string, string)>();
        if (zh)
        {
            titles.Add(("zh-CN", view.TitleText.Zh));
        }

        if (en)
        {
            titles.Add(("en", view.TitleText.En));
        }

        // A note mark links to its source in the list of sources: the link says which one. A Chinese
        // mark links to the item, an English mark to the item's English text (Html.NoteMark).
        var destinations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in view.Sources)
        {
            destinations[Html.SourceId(s.Number, "zh")] = zh ? $"资料来源{s.Number}：{Plain(s.Text.Zh)}" : $"Source {s.Number}: {Plain(s.Text.En)}";
            destinations[Html.SourceId(s.Number, "en")] = $"Source {s.Number}: {Plain(s.Text.En)}";
        }

        return new PdfFacts(
            edition.TitleOf(view),
            titles,
            Both(view.Office),
            Both(view.Summary),
            titles.Select(t => t.Item1).ToList(),
            date,
            destinations);
    }

    /// <summary>Text without its markup: the view's strings are HTML for the templates.</summary>
    private static string Plain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
