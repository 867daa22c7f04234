namespace BriefingGen.Cli;

/// <summary>
/// What a build reports as it goes, as events: the pipeline calls these, an implementation says them
/// (a live display on a terminal, plain lines elsewhere). Printed comes from several threads at once.
/// </summary>
internal interface IBuildProgress : IDisposable
{
    /// <summary>A briefing left as it is published: its outputs were made from these very inputs.</summary>
    void Unchanged(string folder);

    /// <summary>A briefing's HTML documents are written to its staging folder.</summary>
    void Rendered(string briefing, int documents);

    /// <summary>The browser is ready and starts on the PDFs, so many tabs at a time.</summary>
    void Printing(int pdfs, int tabs);

    /// <summary>One PDF is printed, finished, checked and staged.</summary>
    void Printed(string briefing, string pdf);

    /// <summary>Every PDF is printed and checked, in this time.</summary>
    void PrintedAll(TimeSpan took);

    /// <summary>A briefing's outputs are in place, this long after the build began.</summary>
    void Published(string folder, TimeSpan sinceStart);

    /// <summary>A briefing's published outputs are removed: its briefing is no longer in the data folder.</summary>
    void Removed(string folder, string data);

    /// <summary>The front page listing every briefing of the output folder is in place.</summary>
    void FrontPage(string page, string folder);
}
