using System.Globalization;
using BriefingGen.Messages;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The command line: its commands, and the mapping of failures to exit codes.</summary>
internal static class App
{
    /// <summary>Each command by name, with the type that runs it (its settings type says what it takes).</summary>
    public static readonly IReadOnlyDictionary<string, Type> Commands = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["build"] = typeof(BuildCommand),
        ["new"] = typeof(NewCommand),
        ["watch"] = typeof(WatchCommand),
        ["doctor"] = typeof(DoctorCommand),
        ["check"] = typeof(CheckCommand),
        ["verify"] = typeof(VerifyCommand),
        ["preflight"] = typeof(PreflightCommand),
        ["assemble"] = typeof(AssembleCommand),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        // The language is known before parsing, so that the help and the usage errors are in it too.
        Catalogue.Chinese = UserLanguage.IsChinese(UserLanguage.FromArguments(args));
        if (CommandLineCheck.Problem(args, Commands) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return ExitCodes.Usage;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("briefing");
            config.UseAssemblyInformationalVersion();
            // The help's headings (USAGE, OPTIONS…) in the same language as its texts.
            config.SetApplicationCulture(CultureInfo.GetCultureInfo(Catalogue.Chinese ? "zh-Hans" : "en"));
            config.UseStrictParsing();
            // The catalogue's sentences end as written, in both languages.
            config.TrimTrailingPeriods(false);
            // Failures come back here, to be said in the user's language on standard error.
            config.PropagateExceptions();
            config.AddCommand<BuildCommand>("build")
                .WithDescription(Catalogue.Text("help.build"))
                .WithExample("build")
                .WithExample("build", "jinan-digital-city", "--out", "dist", "--lang", "zh,en")
                .WithExample("build", "--shard", "2/3", "--out", "shards/2");
            config.AddCommand<NewCommand>("new")
                .WithDescription(Catalogue.Text("help.new"))
                .WithExample("new", "jinan-ai-2026");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription(Catalogue.Text("help.watch"))
                .WithExample("watch", "jinan-digital-city");
            config.AddCommand<DoctorCommand>("doctor")
                .WithDescription(Catalogue.Text("help.doctor"));
            config.AddCommand<CheckCommand>("check")
                .WithDescription(Catalogue.Text("help.check"))
                .WithExample("check")
                .WithExample("check", "jinan-digital-city", "--messages", "zh");
            config.AddCommand<VerifyCommand>("verify")
                .WithDescription(Catalogue.Text("help.verify"))
                .WithExample("verify")
                .WithExample("verify", "--accept", "jinan-digital-city");
            config.AddCommand<PreflightCommand>("preflight")
                .WithDescription(Catalogue.Text("help.preflight"))
                .WithExample("preflight", "out/jinan-digital-city/jinan-digital-city.zh.pdf");
            config.AddCommand<AssembleCommand>("assemble")
                .WithDescription(Catalogue.Text("help.assemble"))
                .WithExample("assemble", "shards/1", "shards/2", "shards/3", "--out", "out");
        });
        try
        {
            return await app.RunAsync(args);
        }
        catch (CommandRuntimeException e) when (e.InnerException is null && e is not CommandParseException)
        {
            // A settings class's Validate refused a value: its message is already the catalogue's.
            Console.Error.WriteLine(CommandLineCheck.Usage(e.Message, args[0]));
            return ExitCodes.Usage;
        }
        catch (CommandAppException e)
        {
            // What CommandLineCheck did not foresee: Spectre's own words, introduced in the user's language.
            Console.Error.WriteLine(CommandLineCheck.Usage(Catalogue.Text("usage.unreadable", e.Message), args.FirstOrDefault()));
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            // Stopped by a signal while it worked: the outputs are as they were.
            Console.Error.WriteLine(Catalogue.Text("interrupted"));
            return ExitCodes.Environment;
        }
        catch (Exception e)
        {
            // A fault of the tool itself, never a user's mistake: one line, no stack trace.
            Console.Error.WriteLine(Catalogue.Text("internal.error", e.Message));
            return ExitCodes.Environment;
        }
    }
}
