namespace BriefingGen.Finishing;

/// <summary>Lists of page numbers as a reader writes them: "pages 2–5, 7" / "第2–5、7页".</summary>
internal static class Pages
{
    public static string En(IReadOnlyList<int> pages) => (pages.Count == 1 ? "page " : "pages ") + Ranges(pages, ", ");

    public static string Zh(IReadOnlyList<int> pages) => "第" + Ranges(pages, "、") + "页";

    private static string Ranges(IReadOnlyList<int> pages, string separator)
    {
        var sorted = pages.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
            {
                i++;
            }

            parts.Add(start == sorted[i] ? $"{start}" : $"{start}–{sorted[i]}");
        }

        return string.Join(separator, parts);
    }
}
