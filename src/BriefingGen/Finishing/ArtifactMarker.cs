namespace BriefingGen.Finishing;

/// <summary>
/// Marks as /Artifact what a tagged page paints outside every marked-content sequence. Chromium
/// tags what the document holds, and draws the @page margin boxes (page numbers, running heads)
/// before it, untagged: content outside the structure tree is by definition an artifact (ISO
/// 32000 14.8.2.2), and marking it keeps "— 2 —" out of copied and read-aloud sentences.
/// </summary>
internal static class ArtifactMarker
{
    public static List<ContentOperation> Mark(IReadOnlyList<ContentOperation> operations)
    {
        var marked = new List<ContentOperation>(operations.Count + 8);
        var depth = 0;
        var run = new List<ContentOperation>();
        foreach (var operation in operations)
        {
            if (depth == 0 && operation.Operator is not ("BMC" or "BDC"))
            {
                run.Add(operation);
                continue;
            }

            Flush(run, marked);
            marked.Add(operation);
            depth += operation.Operator switch
            {
                "BMC" or "BDC" => 1,
                "EMC" => -1,
                _ => 0,
            };
            depth = Math.Max(depth, 0);
        }

        Flush(run, marked);
        return marked;
    }

    /// <summary>Wraps a run that paints; only a run whose text objects open and close inside it, so the sequence nests properly.</summary>
    private static void Flush(List<ContentOperation> run, List<ContentOperation> marked)
    {
        if (run.Any(o => o.Paints) && TextObjectsBalanced(run))
        {
            marked.Add(ContentOperation.Of("BMC", "/Artifact"));
            marked.AddRange(run);
            marked.Add(ContentOperation.Of("EMC"));
        }
        else
        {
            marked.AddRange(run);
        }

        run.Clear();
    }

    private static bool TextObjectsBalanced(IEnumerable<ContentOperation> run)
    {
        var open = 0;
        foreach (var operation in run)
        {
            open += operation.Operator switch { "BT" => 1, "ET" => -1, _ => 0 };
            if (open < 0)
            {
                return false;
            }
        }

        return open == 0;
    }

    /// <summary>How many painting operators are outside every marked-content sequence (0 when all is tagged or an artifact).</summary>
    public static int UnmarkedPainting(IEnumerable<ContentOperation> operations)
    {
        var depth = 0;
        var unmarked = 0;
        foreach (var operation in operations)
        {
            depth += operation.Operator switch { "BMC" or "BDC" => 1, "EMC" => -1, _ => 0 };
            if (depth == 0 && operation.Paints)
            {
                unmarked++;
            }
        }

        return unmarked;
    }
}
