using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>The command line: its commands, and the mapping of failures to exit codes.</summary>
internal static class App
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("briefing");
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Check the briefings under data/ (or those named) and write their PDFs, intranet page and manifest to out/<id>/.")
                .WithExample("build")
                .WithExample("build", "data/jinan-digital-city", "--out", "dist", "--lang", "zh,en");
            config.AddCommand<NewCommand>("new")
                .WithDescription("Create data/<id>/ with an example of every entity in both languages, ready to edit; never overwrites.")
                .WithExample("new", "jinan-ai-2026");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription("Build, serve the site on http://127.0.0.1:5310 and rebuild and reload the page (and the PDF previews) on every save, until Ctrl+C.")
                .WithExample("watch", "jinan-digital-city");
            config.AddCommand<DoctorCommand>("doctor")
                .WithDescription("Report what the generator needs and what this machine has: .NET, Chromium, the fonts, the output folder; with the fix for each problem.");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check the briefings under data/ (or those named) and report every problem, without rendering.")
                .WithExample("check")
                .WithExample("check", "data/jinan-digital-city", "--messages", "zh");
        });
        var code = await app.RunAsync(args);

        // Spectre.Console.Cli answers a malformed command line with -1; ours is 2.
        return code < 0 ? ExitCodes.Usage : code;
    }
}
