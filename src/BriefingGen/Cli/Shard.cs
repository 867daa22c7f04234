using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BriefingGen.Cli;

/// <summary>
/// One of n shares of the briefings (build --shard k/n), chosen by a hash of each briefing's id:
/// a briefing stays in its shard however many others are added or removed, and so keeps the
/// incremental cache of that shard's runner.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>The shard that "k/n" names, 1 &lt;= k &lt;= n; null when the text is not of that form.</summary>
    public static Shard? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && index >= 1 && index <= count
            ? new Shard(index, count)
            : null;
    }

    /// <summary>The shard (1 to n) a briefing belongs to: the first eight bytes of the SHA-256 of its UTF-8 id, modulo n.</summary>
    public static int Of(string id, int count) =>
        (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id))) % (ulong)count) + 1;

    /// <summary>Whether the briefing whose folder this is falls to this shard (a briefing's id is its folder's name).</summary>
    public bool Owns(string folder) => Of(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), Count) == Index;

    /// <summary>The folders of this shard's briefings, in the order given.</summary>
    public IReadOnlyList<string> Share(IEnumerable<string> folders) => folders.Where(Owns).ToList();

    public override string ToString() => $"{Index}/{Count}";
}
