using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Publishing;

namespace BriefingGen.Cli;

/// <summary>
/// Writes 'check --report': the diagnostics as a GitLab Code Quality report (the subset of Code
/// Climate's JSON that GitLab reads), so that each one shows in the merge request at its line.
/// </summary>
internal static class CodeQualityReport
{
    // Chinese stays readable in the file; only what is unsafe in HTML is escaped, as GitLab shows it on a web page.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The refusal of a report path inside data/, the templates or a briefing being checked, whose
    /// files the report would replace or join; null when the path may be written.
    /// </summary>
    public static Diagnostic? Refusal(string report, ProjectPaths paths, IEnumerable<string> briefingFolders)
    {
        var file = OutputFolder.RealPath(report);
        var sources = new[] { paths.Data, paths.Templates }.Concat(briefingFolders);
        return sources
            .Select(folder => (Given: folder, Real: OutputFolder.RealPath(folder)))
            .Where(folder => file == folder.Real || file.StartsWith(folder.Real + "/", StringComparison.Ordinal))
            .Select(folder => Errors.ReportOverwritesSources(report, DisplayPaths.For(folder.Given)))
            .FirstOrDefault();
    }

    /// <summary>Writes the report of <paramref name="diagnostics"/> (also when there are none); the problem when it cannot.</summary>
    public static Diagnostic? Write(string report, IEnumerable<Diagnostic> diagnostics, ProjectPaths paths, bool chinese)
    {
        var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, Options))
        {
            writer.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                WriteFinding(writer, diagnostic, RepositoryPath(diagnostic.Location.File, paths.Root), chinese);
            }

            writer.WriteEndArray();
        }

        json.WriteByte((byte)'\n');
        try
        {
            var full = Path.GetFullPath(report);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, json.ToArray());
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unwritable(report, e);
        }
    }

    /// <summary>Why the report could not be written: the two mistakes of a path said in both languages, else the system's words.</summary>
    private static Diagnostic Unwritable(string report, Exception e)
    {
        var full = Path.GetFullPath(report);
        if (Directory.Exists(full))
        {
            return Errors.ReportIsAFolder(report);
        }

        for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return Errors.ReportFolderIsAFile(report, DisplayPaths.For(folder));
            }
        }

        return Errors.ReportNotWritable(report, e.Message.TrimEnd('.'));
    }

    private static void WriteFinding(Utf8JsonWriter writer, Diagnostic diagnostic, string path, bool chinese)
    {
        writer.WriteStartObject();
        writer.WriteString("description", SafeText.Escape(chinese ? diagnostic.MessageZh : diagnostic.Message));
        writer.WriteString("check_name", diagnostic.Code);
        writer.WriteString("fingerprint", Fingerprint(diagnostic, path));
        // An error stops the build; a warning does not.
        writer.WriteString("severity", diagnostic.IsError ? "critical" : "minor");
        writer.WriteStartObject("location");
        writer.WriteString("path", path);
        writer.WriteStartObject("lines");
        // GitLab needs a line: a problem with a whole file (or folder) is shown at its first.
        writer.WriteNumber("begin", Math.Max(diagnostic.Location.Line, 1));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The same problem at the same place has the same fingerprint in every run, so GitLab can tell
    /// new problems from fixed ones. The English message is used whatever the language of the run,
    /// so that switching --messages does not make every problem look new.
    /// </summary>
    private static string Fingerprint(Diagnostic diagnostic, string path)
    {
        var identity = string.Join('\0', diagnostic.Code, path, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    /// <summary>The path relative to the repository, as GitLab links it; a path outside the repository stays absolute.</summary>
    private static string RepositoryPath(string file, string root)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(file));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(file) : relative;
    }
}
