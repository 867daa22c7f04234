namespace BriefingGen.Publishing;

/// <summary>A briefing's output folder in a shard's output: where it is, and its manifest as read.</summary>
internal sealed record ShardBriefing(string Id, string Folder, string ManifestFile, string ManifestText, ManifestContent Content)
{
    /// <summary>Whether the briefing has its intranet page, which the front page links to.</summary>
    public bool HasPage => Content.Files.Any(f => f.Path == "index.html");
}
