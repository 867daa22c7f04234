using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>Whether a quote is the speaker's own words or a paraphrase of them.</summary>
internal enum QuoteMode
{
    Direct,
    Reported,
}

/// <summary>What a person said, in both languages, and where it was published.</summary>
internal sealed record Quote(string Id, IdRef Speaker, QuoteMode Mode, LocalizedText Text, IdRef Source, SourceLocation Location);
