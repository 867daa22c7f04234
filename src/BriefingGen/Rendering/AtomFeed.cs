using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// out/feed.xml: an Atom 1.0 feed (RFC 4287) of every published briefing, newest first, made from
/// the manifests as the front page is. Written through XmlWriter, so that every text is escaped.
/// </summary>
internal static class AtomFeed
{
    public const string FileName = "feed.xml";

    private const string Atom = "http://www.w3.org/2005/Atom";

    // RFC 9562's namespace for URLs: the ids below are name-based UUIDs under it, hashed with SHA-256
    // as its version 8 allows (its appendix B.2), rather than version 5's SHA-1.
    private static readonly byte[] UrlNamespace = Convert.FromHexString("6ba7b8119dad11d180b400c04fd430c8");

    private static readonly (string Suffix, string Lang, string Zh, string En)[] Editions =
    [
        ("zh", "zh-CN", "中文", "Chinese"),
        ("en", "en", "英文", "English"),
        ("zh-en", "zh-CN", "双语", "Bilingual"),
    ];

    /// <summary>
    /// The feed. Links are absolute under the site's address when the newest briefing's manifest
    /// names one (office.yaml's site_url), else relative to the feed, which sits at the site's top.
    /// </summary>
    public static string Write(IReadOnlyList<PublishedBriefing> briefings, IReadOnlyDictionary<(string Zh, string En), string> slugs)
    {
        var newest = SiteView.Newest(briefings).ToList();
        var site = newest.Select(b => b.SiteUrl).FirstOrDefault(url => url is not null) ?? "";
        var office = newest.Select(b => b.Office).FirstOrDefault(o => o is not null);

        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, Uuid("feed", office?.Zh ?? ""));
            xml.WriteElementString("title", Atom, HtmlRenderer.SiteTitle);
            // A feed without briefings has not been updated since the epoch of its dates: any fixed value keeps builds identical.
            xml.WriteElementString("updated", Atom, Timestamp(newest.Count > 0 ? newest[0].Date : new DateOnly(2000, 1, 1)));
            Author(xml, office);
            Link(xml, "self", "application/atom+xml", site + FileName);
            Link(xml, "alternate", "text/html", site + "index.html");
            foreach (var briefing in newest)
            {
                Entry(xml, briefing, site, slugs);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.Append('\n').ToString();
    }

    private static void Entry(XmlWriter xml, PublishedBriefing b, string site, IReadOnlyDictionary<(string Zh, string En), string> slugs)
    {
        var folder = site + Uri.EscapeDataString(b.Id) + "/";
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, Uuid("briefing/" + b.Id, b.Office?.Zh ?? ""));
        xml.WriteElementString("title", Atom, $"{b.TitleZh} | {b.TitleEn}");
        xml.WriteElementString("updated", Atom, Timestamp(b.Date));
        xml.WriteElementString("published", Atom, Timestamp(b.Date));
        Author(xml, b.Office);
        if (b.Summary is { } summary)
        {
            xml.WriteElementString("summary", Atom, $"{summary.Zh}\n{summary.En}");
        }

        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", slugs[(b.SeriesZh, b.SeriesEn)]);
        xml.WriteAttributeString("label", $"{b.SeriesZh} {b.SeriesEn}");
        xml.WriteEndElement();

        // One alternate a language: RFC 4287 allows one link per rel, type and hreflang.
        Link(xml, "alternate", "text/html", folder + "index.html", "zh-CN");
        Link(xml, "alternate", "text/html", folder + "index.html#en", "en");
        foreach (var (suffix, lang, zh, en) in Editions)
        {
            var file = $"{b.Id}.{suffix}.pdf";
            if (b.Files.Contains(file) && b.Sizes.TryGetValue(file, out var bytes))
            {
                xml.WriteStartElement("link", Atom);
                xml.WriteAttributeString("rel", "enclosure");
                xml.WriteAttributeString("type", "application/pdf");
                xml.WriteAttributeString("hreflang", lang);
                xml.WriteAttributeString("length", bytes.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("title", $"PDF {zh} {en}");
                xml.WriteAttributeString("href", folder + Uri.EscapeDataString(file));
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, (string Zh, string En)? office)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, office is { } o ? $"{o.Zh} {o.En}" : HtmlRenderer.SiteTitle);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href, string? lang = null)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        if (lang is not null)
        {
            xml.WriteAttributeString("hreflang", lang);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // A briefing's date is a day; Atom wants an instant. Midnight UTC is that day in China and everywhere east of Greenwich.
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>
    /// A name-based UUID of the office and the thing named: the same briefing keeps its id
    /// from build to build and wherever the site moves, and two offices' briefings of one id differ.
    /// </summary>
    private static string Uuid(string name, string office)
    {
        var hash = SHA256.HashData([.. UrlNamespace, .. Encoding.UTF8.GetBytes($"briefinggen:{office}:{name}")]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>A StringWriter that says UTF-8, so that the XML declaration says what the file is.</summary>
    private sealed class StringWriterUtf8(StringBuilder text) : StringWriter(text, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
