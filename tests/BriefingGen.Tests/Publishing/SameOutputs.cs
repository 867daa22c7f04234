using System.Text;
using BriefingGen.Printing;
using BriefingGen.Tests.Printing;

namespace BriefingGen.Tests.Publishing;

/// <summary>
/// Asserts that two outputs hold the same bytes. When they differ, both are kept under
/// /tmp/briefinggen-kept/ and the message says which files differ and, for a PDF, how (fonts, text).
/// </summary>
internal static class SameOutputs
{
    public static void Assert(string expected, string actual)
    {
        var want = TestProject.Hashes(expected);
        var got = TestProject.Hashes(actual);
        var differing = want.Keys.Union(got.Keys)
            .Where(file => want.GetValueOrDefault(file) != got.GetValueOrDefault(file))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (differing.Count == 0)
        {
            return;
        }

        var kept = Path.Combine(Path.GetTempPath(), "briefinggen-kept", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}");
        Copy(expected, Path.Combine(kept, "expected"));
        Copy(actual, Path.Combine(kept, "actual"));
        var message = new StringBuilder($"The outputs differ in {string.Join(", ", differing)}; both are kept in {kept}.\n");
        foreach (var pdf in differing.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal) && want.ContainsKey(f) && got.ContainsKey(f)))
        {
            message.AppendLine(Difference(pdf, Path.Combine(expected, pdf), Path.Combine(actual, pdf)));
        }

        Xunit.Assert.Fail(message.ToString());
    }

    /// <summary>The first line where the two PDFs read differently (fonts, outline, text), or that they read the same.</summary>
    private static string Difference(string name, string expected, string actual)
    {
        var want = BriefingGen.Verifying.PdfTextDump.Write(PdfInspector.Inspect(File.ReadAllBytes(expected))).Split('\n');
        var got = BriefingGen.Verifying.PdfTextDump.Write(PdfInspector.Inspect(File.ReadAllBytes(actual))).Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var (w, g) = (want.ElementAtOrDefault(i), got.ElementAtOrDefault(i));
            if (w != g)
            {
                return $"{name}, line {i + 1} of its reading: expected '{w}', got '{g}'";
            }
        }

        return $"{name} reads the same (fonts, outline, text): the difference is in layout or structure";
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
