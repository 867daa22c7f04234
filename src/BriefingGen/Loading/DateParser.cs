using System.Globalization;

namespace BriefingGen.Loading;

/// <summary>Reads an ISO date and rejects days that do not exist, such as 2025-02-30.</summary>
internal static class DateParser
{
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
