using System.Reflection;
using BriefingGen.Diagnostics;
using BriefingGen.Messages;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>
/// Reads the command line against the commands' settings before Spectre.Console.Cli binds it, so
/// that every mistake (an unknown command or option, a missing or malformed value, an extra
/// argument) is refused with one message in the user's language and a "did you mean".
/// </summary>
internal static class CommandLineCheck
{
    private static readonly string[] HelpOptions = ["-h", "--help", "-?"];

    /// <summary>The message for a malformed command line, or null when it is well formed.</summary>
    public static string? Problem(IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> commands)
    {
        if (args.Count == 0 || HelpOptions.Contains(args[0]) || args[0] is "-v" or "--version")
        {
            return null;
        }

        if (!commands.TryGetValue(args[0], out var command))
        {
            var hint = Nearest(args[0], commands.Keys) is { } near
                ? Catalogue.Text("usage.did-you-mean", near)
                : Catalogue.Text("usage.commands", string.Join(", ", commands.Keys));
            return Usage(Sentences(Catalogue.Text("usage.unknown-command", args[0]), hint), null);
        }

        var name = args[0];
        var settings = SettingsOf(command);
        var options = settings.GetProperties()
            .Select(p => (Property: p, Option: p.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(o => o.Option is not null)
            .ToList();
        var arguments = settings.GetProperties().Where(p => p.GetCustomAttribute<CommandArgumentAttribute>() is not null).ToList();
        var positionals = 0;
        for (var i = 1; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                positionals += args.Count - i - 1;
                break;
            }

            if (!token.StartsWith('-') || token == "-" || IsNumber(token))
            {
                positionals++;
                continue;
            }

            var (written, inline) = token.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (token[..at], token[(at + 1)..]) : (token, null);
            if (HelpOptions.Contains(written))
            {
                return null;
            }

            var found = options.FirstOrDefault(o => Names(o.Option!).Contains(written, StringComparer.Ordinal));
            if (found.Option is null)
            {
                var near = Nearest(written.TrimStart('-'), options.SelectMany(o => o.Option!.LongNames)) is { } close ? "--" + close : null;
                var message = Catalogue.Text("usage.unknown-option", name, written);
                return Usage(near is null ? message : Sentences(message, Catalogue.Text("usage.did-you-mean", near)), name);
            }

            var type = Nullable.GetUnderlyingType(found.Property.PropertyType) ?? found.Property.PropertyType;
            if (type == typeof(bool))
            {
                if (inline is not null)
                {
                    return Usage(Catalogue.Text("usage.takes-no-value", written), name);
                }

                continue;
            }

            var value = inline;
            if (value is null)
            {
                if (i + 1 >= args.Count || (args[i + 1].StartsWith('-') && !IsNumber(args[i + 1])))
                {
                    return Usage(Catalogue.Text("usage.needs-value", written, $"<{found.Option!.ValueName}>"), name);
                }

                value = args[++i];
            }

            if (type == typeof(int) && !int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return Usage(Catalogue.Text("usage.not-a-number", written, value), name);
            }
        }

        var takesMany = arguments.Any(p => p.PropertyType.IsArray);
        if (!takesMany && positionals > arguments.Count)
        {
            var extra = args.Skip(1).LastOrDefault(a => !a.StartsWith('-') || IsNumber(a)) ?? args[^1];
            return Usage(Catalogue.Text("usage.extra-argument", name, extra), name);
        }

        var required = arguments.Where(p => p.GetCustomAttribute<CommandArgumentAttribute>()!.IsRequired).ToList();
        return positionals < required.Count
            ? Usage(Catalogue.Text("usage.missing-argument", name, required[positionals].GetCustomAttribute<CommandArgumentAttribute>()!.ValueName), name)
            : null;
    }

    /// <summary>A usage error as printed: the problem, then where the help for it is.</summary>
    public static string Usage(string problem, string? command) =>
        Catalogue.Text("usage.error", problem) + Environment.NewLine
        + (command is null ? Catalogue.Text("usage.see-root-help") : Catalogue.Text("usage.see-help", command));

    // Chinese sentences follow each other without a space.
    private static string Sentences(string first, string second) => first + (Catalogue.Chinese ? "" : " ") + second;

    /// <summary>The settings type of a command: the TSettings of its Command&lt;TSettings&gt; or AsyncCommand&lt;TSettings&gt;.</summary>
    private static Type SettingsOf(Type command)
    {
        for (var type = command; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType)
            {
                return type.GetGenericArguments()[0];
            }
        }

        return typeof(EmptyCommandSettings);
    }

    /// <summary>
    /// The option meant: one whose name begins the word typed, or that the word begins ('--output'
    /// for '--out', '--time' for '--timeout'), else the closest spelling, else the same letters in another order.
    /// </summary>
    private static string? Nearest(string typed, IEnumerable<string> names)
    {
        var list = names.ToList();
        var prefix = typed.Length < 2 ? null : list
            .Where(n => n.Length >= 2 && (typed.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(typed, StringComparison.Ordinal)))
            .OrderByDescending(n => n.Length)
            .FirstOrDefault();
        // Two letters swapped ('buidl') are one slip of the fingers, not two.
        var swapped = list.FirstOrDefault(n => n.Length == typed.Length && n.Order().SequenceEqual(typed.Order()));
        return prefix ?? Suggestions.Closest(typed, list) ?? swapped;
    }

    private static IEnumerable<string> Names(CommandOptionAttribute option) =>
        option.LongNames.Select(n => "--" + n).Concat(option.ShortNames.Select(n => "-" + n));

    private static bool IsNumber(string token) => decimal.TryParse(token, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);
}
