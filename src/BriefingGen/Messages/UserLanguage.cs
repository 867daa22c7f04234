using System.Globalization;

namespace BriefingGen.Messages;

/// <summary>Which language the user reads: --messages when given, else the locale (LC_ALL, LC_MESSAGES, LANG).</summary>
internal static class UserLanguage
{
    // The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG. ./briefing follows the same rule.
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    public static bool IsChinese(string? messages) => messages is { } chosen
        ? chosen == "zh"
        : SystemLanguage().StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The --messages value on a command line, read before the command line is parsed, so that
    /// help and usage errors are in the user's language too. Null when absent or not zh/en.
    /// </summary>
    public static string? FromArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] switch
            {
                "-m" or "--messages" when i + 1 < args.Count => args[i + 1],
                var a when a.StartsWith("--messages=", StringComparison.Ordinal) => a["--messages=".Length..],
                var a when a.StartsWith("-m=", StringComparison.Ordinal) => a["-m=".Length..],
                _ => null,
            };
            if (value is "zh" or "en")
            {
                return value;
            }
        }

        return null;
    }

    private static string SystemLanguage() =>
        LocaleVariables
            .Select(Environment.GetEnvironmentVariable)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value))
        ?? CultureInfo.CurrentUICulture.Name;
}
