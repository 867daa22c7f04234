using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Messages;
using BriefingGen.Printing;
using BriefingGen.Publishing;
using BriefingGen.Rendering;
using BriefingGen.Verifying;
using Spectre.Console.Cli;

namespace BriefingGen.Cli;

/// <summary>
/// 'verify': builds the briefings, then compares each one's outputs with the snapshots approved in
/// data/&lt;id&gt;/snapshots/, or with --accept approves the outputs as they are now.
/// </summary>
internal sealed class VerifyCommand : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellation)
    {
        var paths = ProjectPaths.Find();
        var briefings = BuildPipeline.LoadNamed(settings.Briefings, paths, settings.ChineseMessages, out var refused);
        if (briefings is null)
        {
            return refused;
        }

        var chinese = settings.ChineseMessages;
        try
        {
            var differences = OutputFolder.Resolve(settings.Diffs, paths.Root, paths.Templates, BuildPipeline.SourceFolders(paths, briefings));
            var options = new BuildOptions(settings.Out, Edition.Printed, Pdf: true, Html: true)
            {
                Printer = new PrinterOptions(null, TimeSpan.FromSeconds(settings.Timeout)),
            };
            var pipeline = BuildPipeline.ForConsole(paths);
            await pipeline.BuildAsync(briefings, options);
            // What the preflight found that does not stop a build, said as build says it.
            DiagnosticPrinter.Print(pipeline.PdfWarnings, chinese);

            var output = OutputFolder.RealPath(settings.Out);
            var changed = new List<string>();
            foreach (var briefing in briefings)
            {
                var snapshots = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(briefing.Location.File))!, SnapshotSet.FolderName);
                var current = SnapshotSet.Take(Path.Combine(output, briefing.Id), briefing.Id);
                if (settings.Accept)
                {
                    current.WriteTo(snapshots);
                    Verifier.Forget(briefing.Id, differences);
                    Console.WriteLine(Catalogue.In(chinese, "verify.accepted", briefing.Id, current.ByName.Count, current.Pages, DisplayPaths.For(snapshots)));
                    continue;
                }

                var found = Verifier.Compare(briefing.Id, snapshots, SnapshotSet.Read(snapshots), current, differences);
                foreach (var difference in found)
                {
                    Console.Error.WriteLine(difference.Problem.Format(chinese));
                    if (difference.Diff is not null)
                    {
                        Console.Error.WriteLine(SafeDiff(difference.Diff));
                    }
                }

                if (found.Count == 0)
                {
                    Console.WriteLine(Catalogue.In(chinese, "verify.same", briefing.Id, current.ByName.Count, current.Pages));
                }
                else
                {
                    changed.Add(briefing.Id);
                }
            }

            if (changed.Count == 0)
            {
                return ExitCodes.Ok;
            }

            Console.Error.WriteLine(Catalogue.In(chinese, "verify.summary", changed.Count, briefings.Count, DisplayPaths.For(differences), string.Join(' ', changed)));
            return ExitCodes.InputErrors;
        }
        catch (BuildFailedException e)
        {
            DiagnosticPrinter.Print(e.Diagnostics, chinese);
            return ExitCodes.For(e.Diagnostics);
        }
    }

    /// <summary>The diff line by line, each made safe for the terminal: the lines are the briefing's own text.</summary>
    private static string SafeDiff(string diff) =>
        string.Join('\n', diff.TrimEnd('\n').Split('\n').Select(SafeText.Escape));
}
