using BriefingGen.Cli;
using BriefingGen.Rendering;
using BriefingGen.Tests.Printing;
using BriefingGen.Verifying;

namespace BriefingGen.Tests.Verifying;

/// <summary>
/// Every briefing under data/, built as 'build' builds it, is as its approved snapshots say: the
/// gate that fails CI, with the diff in the log, when a briefing changed without approval. What
/// differs is written to verify/ in the repository, which CI uploads.
/// </summary>
public sealed class ApprovedSnapshotsTests(DataBuild build) : IClassFixture<DataBuild>
{
    /// <summary>A page image's budget, as the README states it: an A4 page at 72 dpi in 128 colours.</summary>
    private const int PageBudget = 80 * 1024;

    public static TheoryData<string> Briefings => new(DataBuild.Ids);

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_output_is_as_approved(string id)
    {
        var snapshots = Path.Combine(TestPaths.Data, id, SnapshotSet.FolderName);
        var current = SnapshotSet.Take(Path.Combine(build.OutputRoot, id), id);

        var differences = Verifier.Compare(id, snapshots, SnapshotSet.Read(snapshots), current, new ProjectPaths(TestPaths.Repository).Differences);

        Assert.True(differences.Count == 0, string.Join("\n", differences.Select(d => d.Problem.Format(chinese: false) + (d.Diff is null ? "" : "\n" + d.Diff))));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_approved_page_is_a_compact_palette_png_of_an_a4_page_at_72_dpi(string id)
    {
        var pages = Directory.GetFiles(Path.Combine(TestPaths.Data, id, SnapshotSet.FolderName, Snapshot.PagesFolder), "*.png");

        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var png = File.ReadAllBytes(page);
            Assert.True(png.Length <= PageBudget, $"{page}: {png.Length} bytes");
            // IHDR: width and height (big-endian), then bit depth and colour type 3, a palette.
            var (width, height) = (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
            Assert.Equal((595, 842, 3), (width, height, (int)png[25]));
        });
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Every_approved_text_has_unix_line_ends_no_byte_order_mark_and_a_last_line_end(string id)
    {
        var texts = Directory.GetFiles(Path.Combine(TestPaths.Data, id, SnapshotSet.FolderName), "*.*").Where(f => !f.EndsWith(".png", StringComparison.Ordinal)).ToList();

        Assert.Equal(Edition.Printed.Count + 1, texts.Count);
        Assert.All(texts, text =>
        {
            var bytes = File.ReadAllBytes(text);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), text);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        });
    }
}
