using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Finishing;

/// <summary>The colour spaces each page paints in (DeviceRGB, DeviceCMYK, DeviceGray, ICCBased…): what a press file must not mix.</summary>
internal static class ColourCheck
{
    /// <summary>The colour spaces of a page's content stream and images.</summary>
    public static SortedSet<string> Spaces(Page page)
    {
        var spaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var operation in page.Operations)
        {
            switch (operation.Operator)
            {
                case "rg" or "RG":
                    spaces.Add("DeviceRGB");
                    break;
                case "k" or "K":
                    spaces.Add("DeviceCMYK");
                    break;
                case "g" or "G":
                    spaces.Add("DeviceGray");
                    break;
                case "cs" or "CS":
                    spaces.Add(Named(page, operation));
                    break;
            }
        }

        foreach (var image in page.GetImages())
        {
            if (image.ColorSpaceDetails is { } details)
            {
                spaces.Add(details.Type.ToString());
            }
        }

        return spaces;
    }

    /// <summary>A named colour space, as the page's resources define it: its family (ICCBased, Separation…).</summary>
    private static string Named(Page page, IGraphicsStateOperation operation)
    {
        var name = operation switch
        {
            SetNonStrokeColorSpace fill => fill.Name.Data,
            SetStrokeColorSpace stroke => stroke.Name.Data,
            _ => "?",
        };
        if (name is "DeviceRGB" or "DeviceCMYK" or "DeviceGray" or "Pattern")
        {
            return name;
        }

        return page.Dictionary.TryGet<DictionaryToken>(NameToken.Resources, out var resources)
            && resources.TryGet<DictionaryToken>(NameToken.ColorSpace, out var spaces)
            && spaces.TryGet<ArrayToken>(NameToken.Create(name), out var space) && space.Data.Count > 0 && space.Data[0] is NameToken family
            ? family.Data
            : name;
    }
}
