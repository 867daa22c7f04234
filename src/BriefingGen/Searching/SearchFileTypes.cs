using Microsoft.AspNetCore.StaticFiles;

namespace BriefingGen.Searching;

/// <summary>
/// The media types of the files of a Pagefind index, which a static file server does not know and
/// would refuse (404): the search box then finds nothing. watch's server, and the tests', serve them.
/// </summary>
internal static class SearchFileTypes
{
    /// <summary>The usual types, and Pagefind's: its index, fragments, filters, metadata and WebAssembly are gzip files that pagefind.js unpacks itself.</summary>
    public static FileExtensionContentTypeProvider Provider()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
        {
            provider.Mappings[extension] = "application/octet-stream";
        }

        return provider;
    }
}
