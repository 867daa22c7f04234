using System.Globalization;

namespace BriefingGen.Localization;

/// <summary>A file's size as a reader is shown it beside a download link: "860 KB", "1.2 MB" (decimal units, as file managers show them).</summary>
internal static class FileSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes.ToString(CultureInfo.InvariantCulture)} B",
        < 1_000_000 => $"{Math.Max(1, Math.Round(bytes / 1_000.0)).ToString(CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
