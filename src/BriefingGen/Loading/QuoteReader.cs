using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads quotes.yaml.</summary>
internal static class QuoteReader
{
    public static IReadOnlyList<Quote> Read(YamlMap? root)
    {
        var quotes = new List<Quote>();
        foreach (var map in root?.MapList("quotes", "quote") ?? [])
        {
            var id = map.Id();
            var speaker = map.Ref("speaker");
            var mode = map.Choice<QuoteMode>("mode");
            var text = map.Prose("text");
            var source = map.Ref("source");
            map.RejectUnknownKeys();
            if (id is not null)
            {
                quotes.Add(new Quote(id, speaker ?? map.NoRef, mode ?? QuoteMode.Reported, text ?? map.Blank, source ?? map.NoRef, map.Location));
            }
        }

        root?.RejectUnknownKeys();
        return quotes;
    }
}
