using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BriefingGen.Finishing;

/// <summary>
/// Alt text for the figure elements of the structure tree. Chromium writes /Alt for a chart's SVG
/// (from its aria-label: the chart's title and what it shows), not for the &lt;figure&gt; around
/// it and its caption: that element takes the alt text of the figure it holds.
/// </summary>
internal static class StructureTree
{
    public static void AddFigureAlt(PdfDictionary catalog)
    {
        if (Resolve(catalog.Elements["/StructTreeRoot"]) is PdfDictionary root)
        {
            Visit(root, new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance));
        }
    }

    /// <summary>Every /Figure element, with its alt text or null when it has none.</summary>
    public static IEnumerable<(PdfDictionary Element, string? Alt)> Figures(PdfDictionary catalog)
    {
        if (Resolve(catalog.Elements["/StructTreeRoot"]) is not PdfDictionary root)
        {
            yield break;
        }

        foreach (var element in Elements(root, new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance)))
        {
            if (element.Elements.GetName("/S") == "/Figure")
            {
                yield return (element, Alt(element));
            }
        }
    }

    private static void Visit(PdfDictionary element, HashSet<PdfDictionary> seen)
    {
        foreach (var child in Children(element, seen))
        {
            Visit(child, seen);
        }

        if (element.Elements.GetName("/S") == "/Figure" && Alt(element) is null
            && Elements(element, new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance)).Skip(1)
                .Where(e => e.Elements.GetName("/S") == "/Figure").Select(Alt).FirstOrDefault(a => a is not null) is { } alt)
        {
            element.Elements["/Alt"] = new PdfString(alt);
        }
    }

    private static string? Alt(PdfDictionary element) =>
        element.Elements.GetString("/Alt") is { Length: > 0 } alt ? alt : null;

    private static IEnumerable<PdfDictionary> Elements(PdfDictionary element, HashSet<PdfDictionary> seen)
    {
        yield return element;
        foreach (var child in Children(element, seen))
        {
            foreach (var descendant in Elements(child, seen))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>The structure elements among /K's kids (marked-content ids and object references are not).</summary>
    private static IEnumerable<PdfDictionary> Children(PdfDictionary element, HashSet<PdfDictionary> seen)
    {
        var kids = Resolve(element.Elements["/K"]);
        var items = kids is PdfArray array ? array.Elements.Select(Resolve) : [kids];
        foreach (var item in items)
        {
            if (item is PdfDictionary child && child.Elements.GetName("/Type") is not ("/MCR" or "/OBJR") && seen.Add(child))
            {
                yield return child;
            }
        }
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
