using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace BriefingGen.Tests.Site;

/// <summary>
/// What the tests read from a WOFF2 font, independently of the subsetter that wrote it: the characters
/// its cmap maps to a glyph, and the OpenType layout features of its GSUB and GPOS tables.
/// </summary>
internal sealed class Woff2Tables
{
    // The WOFF2 known-tag table's indices of the tables read here, and of the two whose transform is the default.
    private const int Cmap = 0, Glyf = 10, Loca = 11, Gpos = 27, Gsub = 28;

    private readonly Dictionary<int, byte[]> _tables = [];

    public Woff2Tables(byte[] woff2)
    {
        if (Encoding.ASCII.GetString(woff2, 0, 4) != "wOF2")
        {
            throw new InvalidDataException("not a WOFF2 font");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(woff2.AsSpan(12));
        var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(woff2.AsSpan(20));
        var at = 48;
        var directory = new List<(int Index, int Length)>();
        for (var i = 0; i < count; i++)
        {
            var flags = woff2[at++];
            var index = flags & 0x3F;
            var transform = flags >> 6;
            if (index == 63)
            {
                // A tag outside the known table: none that is read here.
                at += 4;
            }

            var length = Base128(woff2, ref at);
            var transformed = index is Glyf or Loca ? transform == 0 : transform != 0;
            if (transformed)
            {
                length = Base128(woff2, ref at);
            }

            directory.Add((index, length));
        }

        using var brotli = new BrotliStream(new MemoryStream(woff2, at, compressedLength), CompressionMode.Decompress);
        using var data = new MemoryStream();
        brotli.CopyTo(data);
        var stream = data.ToArray();
        var offset = 0;
        foreach (var (index, length) in directory)
        {
            if (index is Cmap or Gpos or Gsub)
            {
                _tables[index] = stream.AsSpan(offset, length).ToArray();
            }

            offset += length;
        }
    }

    /// <summary>The characters the Windows Unicode cmap (format 4 or 12) maps to a glyph other than .notdef.</summary>
    public HashSet<int> CodePoints()
    {
        var cmap = _tables[Cmap];
        var found = new HashSet<int>();
        var records = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        for (var r = 0; r < records; r++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(4 + (8 * r)));
            var sub = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(8 + (8 * r)));
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(sub));
            if (platform != 3 && platform != 0)
            {
                continue;
            }

            if (format == 12)
            {
                var groups = BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(sub + 12));
                for (var g = 0; g < groups; g++)
                {
                    var first = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(sub + 16 + (12 * g)));
                    var last = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(sub + 20 + (12 * g)));
                    for (var c = first; c <= last; c++)
                    {
                        found.Add(c);
                    }
                }
            }
            else if (format == 4)
            {
                int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(at));
                var segments = U16(sub + 6) / 2;
                var ends = sub + 14;
                var starts = ends + (2 * segments) + 2;
                var deltas = starts + (2 * segments);
                var rangeOffsets = deltas + (2 * segments);
                for (var s = 0; s < segments; s++)
                {
                    var delta = U16(deltas + (2 * s));
                    var rangeOffset = U16(rangeOffsets + (2 * s));
                    for (var c = U16(starts + (2 * s)); c <= U16(ends + (2 * s)) && c != 0xFFFF; c++)
                    {
                        var glyph = rangeOffset == 0 ? (c + delta) & 0xFFFF : U16(rangeOffsets + (2 * s) + rangeOffset + (2 * (c - U16(starts + (2 * s)))));
                        if (rangeOffset != 0 && glyph != 0)
                        {
                            glyph = (glyph + delta) & 0xFFFF;
                        }

                        if (glyph != 0)
                        {
                            found.Add(c);
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The feature tags of the GSUB and GPOS tables (halt, vert, kern …).</summary>
    public HashSet<string> Features()
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in new[] { Gsub, Gpos })
        {
            if (!_tables.TryGetValue(index, out var table))
            {
                continue;
            }

            var list = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(6));
            var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(list));
            for (var i = 0; i < count; i++)
            {
                tags.Add(Encoding.ASCII.GetString(table, list + 2 + (6 * i), 4));
            }
        }

        return tags;
    }

    private static int Base128(byte[] bytes, ref int at)
    {
        var value = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = bytes[at++];
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("a UIntBase128 longer than five bytes");
    }
}
