namespace BriefingGen.Printing;

/// <summary>Prints an HTML file to PDF. Only this stage knows that a browser exists.</summary>
internal interface IPdfPrinter : IAsyncDisposable
{
    /// <summary>The problems the browser met since the last call, such as requests it refused.</summary>
    IReadOnlyList<Diagnostics.Diagnostic> TakeProblems();

    /// <summary>How many PDFs it prints at once; the others wait for a tab.</summary>
    int Tabs { get; }

    Task<byte[]> PrintAsync(string htmlPath, CancellationToken cancellation);
}
