using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads sources.yaml.</summary>
internal static class SourceReader
{
    public static IReadOnlyList<Source> Read(YamlMap? root)
    {
        var sources = new List<Source>();
        foreach (var map in root?.MapList("sources", "source") ?? [])
        {
            var id = map.Id();
            var publisher = map.Text("publisher", required: false);
            var title = map.Text("title");
            var year = map.Integer("year", required: false);
            var date = map.Date("date", required: false);
            var url = map.String("url", required: false);
            if (url is not null && !UrlPolicy.IsWebAddress(url))
            {
                map.Diagnose(Errors.SourceUrlNotAllowed(map.LocationOf("url"), url));
            }

            map.RejectUnknownKeys();
            if (id is not null)
            {
                sources.Add(new Source(id, publisher, title ?? map.Blank, year ?? date?.Year, date, url, map.Location));
            }
        }

        root?.RejectUnknownKeys();
        return sources;
    }
}
