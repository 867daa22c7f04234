using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// A printed PDF read through its structure tree (the tags Chromium writes from the HTML): each element
/// with its type, language and the letters it holds on each page, so that tests can ask where a block,
/// its translation or a table row fell, as a reader of the page sees it.
/// </summary>
internal sealed class TaggedPdf
{
    private TaggedPdf(TagNode root, int pageCount, IReadOnlyDictionary<int, double> pageHeights)
    {
        Root = root;
        PageCount = pageCount;
        PageHeights = pageHeights;
    }

    public TagNode Root { get; }

    public int PageCount { get; }

    public IReadOnlyDictionary<int, double> PageHeights { get; }

    /// <summary>Every element in reading order (depth first).</summary>
    public IEnumerable<TagNode> Elements => Root.Descendants();

    public static TaggedPdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var scanner = document.Structure.TokenScanner;
        var catalog = document.Structure.Catalog.CatalogDictionary;

        // Page objects in page order, to turn an element's /Pg into a page number.
        var pageNumbers = new Dictionary<long, int>();
        if (catalog.TryGet(NameToken.Pages, scanner, out IndirectReferenceToken? pagesRef))
        {
            CollectPages(pagesRef, scanner, pageNumbers);
        }

        // The letters of each marked-content sequence, by page and MCID.
        var letters = new Dictionary<(int Page, int Mcid), List<Letter>>();
        var heights = new Dictionary<int, double>();
        foreach (var page in document.GetPages())
        {
            heights[page.Number] = page.Height;
            foreach (var content in page.GetMarkedContents())
            {
                Collect(page.Number, content, letters);
            }
        }

        var root = new TagNode("StructTreeRoot", null, null);
        if (catalog.TryGet(NameToken.Create("StructTreeRoot"), scanner, out DictionaryToken? tree))
        {
            AddKids(root, tree, null, scanner, pageNumbers, letters);
        }

        return new TaggedPdf(root, heights.Count, heights);
    }

    private static void CollectPages(IndirectReferenceToken reference, IPdfTokenScanner scanner, Dictionary<long, int> numbers)
    {
        if (scanner.Get(reference.Data)?.Data is not DictionaryToken node)
        {
            return;
        }

        if (node.TryGet(NameToken.Kids, scanner, out ArrayToken? kids))
        {
            foreach (var kid in kids.Data.OfType<IndirectReferenceToken>())
            {
                CollectPages(kid, scanner, numbers);
            }
        }
        else
        {
            numbers[reference.Data.ObjectNumber] = numbers.Count + 1;
        }
    }

    private static void Collect(int page, MarkedContentElement content, Dictionary<(int, int), List<Letter>> letters)
    {
        if (content.MarkedContentIdentifier >= 0)
        {
            if (!letters.TryGetValue((page, content.MarkedContentIdentifier), out var list))
            {
                letters[(page, content.MarkedContentIdentifier)] = list = [];
            }

            list.AddRange(content.Letters);
        }

        foreach (var child in content.Children)
        {
            Collect(page, child, letters);
        }
    }

    private static void AddKids(
        TagNode parent, DictionaryToken element, int? page, IPdfTokenScanner scanner,
        Dictionary<long, int> pageNumbers, Dictionary<(int, int), List<Letter>> letters)
    {
        if (element.TryGet(NameToken.Create("Pg"), scanner, out IndirectReferenceToken? pg) && pageNumbers.TryGetValue(pg.Data.ObjectNumber, out var number))
        {
            page = number;
        }

        if (!element.TryGet(NameToken.Create("K"), scanner, out IToken? kids))
        {
            return;
        }

        var list = kids is ArrayToken array ? array.Data : [kids];
        foreach (var kid in list)
        {
            var resolved = kid is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : kid;
            switch (resolved)
            {
                case NumericToken mcid when page is { } p:
                    parent.Content.AddRange(Letters(letters, p, mcid.Int));
                    break;
                case DictionaryToken dictionary when dictionary.TryGet(NameToken.Type, scanner, out NameToken? type) && type.Data == "MCR":
                    var mcrPage = dictionary.TryGet(NameToken.Create("Pg"), scanner, out IndirectReferenceToken? mcrPg) && pageNumbers.TryGetValue(mcrPg.Data.ObjectNumber, out var n) ? n : page;
                    if (mcrPage is { } mp && dictionary.TryGet(NameToken.Create("MCID"), scanner, out NumericToken? id))
                    {
                        parent.Content.AddRange(Letters(letters, mp, id.Int));
                    }

                    break;
                case DictionaryToken dictionary when dictionary.TryGet(NameToken.Create("S"), scanner, out NameToken? structType):
                    var lang = dictionary.TryGet(NameToken.Create("Lang"), scanner, out StringToken? l) ? l.Data : null;
                    var child = new TagNode(structType.Data, lang, parent);
                    parent.Children.Add(child);
                    AddKids(child, dictionary, page, scanner, pageNumbers, letters);
                    break;
            }
        }
    }

    private static IEnumerable<PlacedLetter> Letters(Dictionary<(int, int), List<Letter>> letters, int page, int mcid) =>
        letters.TryGetValue((page, mcid), out var list) ? list.Select(letter => new PlacedLetter(page, letter)) : [];
}

/// <summary>One element of a PDF's structure tree: its type (P, H, TR …), its /Lang, and the letters it holds directly.</summary>
internal sealed class TagNode(string type, string? lang, TagNode? parent)
{
    public string Type { get; } = type;

    public string? Lang { get; } = lang;

    public TagNode? Parent { get; } = parent;

    public List<TagNode> Children { get; } = [];

    public List<PlacedLetter> Content { get; } = [];

    /// <summary>The language in force: the element's own or its nearest ancestor's.</summary>
    public string? EffectiveLang => Lang ?? Parent?.EffectiveLang;

    public IEnumerable<TagNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Every letter of the element and its descendants, in reading order; spaces only when asked.</summary>
    public IEnumerable<PlacedLetter> AllLetters(bool spaces = false) =>
        Content.Concat(Children.SelectMany(child => child.AllLetters(true))).Where(l => spaces || !string.IsNullOrWhiteSpace(l.Letter.Value));

    public IReadOnlyList<int> Pages() => AllLetters().Select(l => l.Page).Distinct().Order().ToList();

    public string Text() => string.Concat(AllLetters().Select(l => l.Letter.Value));
}

/// <summary>A letter and the page it is on.</summary>
internal sealed record PlacedLetter(int Page, Letter Letter);
