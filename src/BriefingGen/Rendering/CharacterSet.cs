using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefingGen.Rendering;

/// <summary>
/// The characters a font file has, read from the character map (cmap) of a WOFF file: format 12
/// (every plane) or else format 4 (the basic plane). WOFF rather than WOFF2, because WOFF
/// compresses each table alone and the cmap can be read without unpacking the outlines.
/// </summary>
internal sealed class CharacterSet
{
    private readonly (int First, int Last)[] _ranges;

    private CharacterSet((int First, int Last)[] ranges) => _ranges = ranges;

    /// <summary>Stands in for a file that cannot be read: it is taken at its stylesheet's word.</summary>
    public static CharacterSet Everything { get; } = new([(0, 0x10FFFF)]);

    public static CharacterSet FromRanges(IEnumerable<(int First, int Last)> ranges) => new(Merge(ranges));

    public static CharacterSet Union(IEnumerable<CharacterSet> sets) => new(Merge(sets.SelectMany(s => s._ranges)));

    public bool Contains(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < _ranges[middle].First)
            {
                high = middle - 1;
            }
            else if (codePoint > _ranges[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public static CharacterSet FromWoff(string path)
    {
        try
        {
            var woff = File.ReadAllBytes(path);
            return WoffTable(woff, 0x636D6170) is { } cmap ? FromRanges(Ranges(cmap)) : Everything;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return Everything;
        }
    }

    /// <summary>Sorted, with overlapping and touching ranges joined, for the binary search.</summary>
    private static (int First, int Last)[] Merge(IEnumerable<(int First, int Last)> ranges)
    {
        var merged = new List<(int First, int Last)>();
        foreach (var range in ranges.OrderBy(r => r.First))
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, range.Last));
            }
            else
            {
                merged.Add(range);
            }
        }

        return [.. merged];
    }

    /// <summary>One table of a WOFF file, by its tag as a big-endian number ('cmap' is 0x636D6170); null when it has none.</summary>
    public static byte[]? WoffTable(byte[] woff, uint tag)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(woff) != 0x774F4646)
        {
            return null;
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(woff.AsSpan(12));
        for (var i = 0; i < tables; i++)
        {
            var entry = woff.AsSpan(44 + (i * 20));
            if (BinaryPrimitives.ReadUInt32BigEndian(entry) != tag)
            {
                continue;
            }

            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var compressed = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var original = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (compressed == original)
            {
                return woff.AsSpan(offset, original).ToArray();
            }

            using var zlib = new ZLibStream(new MemoryStream(woff, offset, compressed), CompressionMode.Decompress);
            var table = new byte[original];
            zlib.ReadExactly(table);
            return table;
        }

        return null;
    }

    private static (int, int)[] Ranges(byte[] cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        int? format4 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.AsSpan(4 + (i * 8));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(offset));
            if (format == 12)
            {
                return Format12(cmap.AsSpan(offset));
            }

            if (format == 4)
            {
                format4 ??= offset;
            }
        }

        return format4 is { } at ? Format4(cmap.AsSpan(at)) : [];
    }

    private static (int, int)[] Format12(ReadOnlySpan<byte> table)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        var ranges = new (int, int)[groups];
        for (var i = 0; i < groups; i++)
        {
            var group = table[(16 + (i * 12))..];
            ranges[i] = ((int)BinaryPrimitives.ReadUInt32BigEndian(group), (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]));
        }

        return [.. ranges.OrderBy(r => r.Item1)];
    }

    /// <summary>Format 4 maps segments; a character whose glyph works out as 0 (.notdef) is not there.</summary>
    private static (int, int)[] Format4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        var characters = new List<(int, int)>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (s * 2))..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2))..]);
                if (glyph != 0)
                {
                    characters.Add((c, c));
                }
            }
        }

        return [.. characters];
    }
}
