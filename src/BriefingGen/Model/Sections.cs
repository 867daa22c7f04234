using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>One block of a section's body, in reading order.</summary>
internal abstract record BodyItem(SourceLocation Location);

/// <summary>A paragraph of prose that may refer to facts.</summary>
internal sealed record ParagraphItem(LocalizedText Text) : BodyItem(Text.Location);

/// <summary>A quote set as a block, with its speaker.</summary>
internal sealed record QuoteItem(IdRef Quote) : BodyItem(Quote.Location);

/// <summary>A peer city's experience, set as a paragraph led by the city's name.</summary>
internal sealed record PeerItem(IdRef Peer) : BodyItem(Peer.Location);

/// <summary>A headed part of the briefing.</summary>
internal sealed record Section(string Id, LocalizedText Heading, IReadOnlyList<BodyItem> Body, SourceLocation Location);

/// <summary>Another city whose experience the briefing compares with.</summary>
internal sealed record Peer(string Id, LocalizedText Name, LocalizedText Text, SourceLocation Location);
