namespace BriefingGen.Messages;

/// <summary>One entry of the catalogue: its English and Chinese, and how many tab-separated fields its line had.</summary>
internal sealed record Message(string En, string Zh, int Fields);
