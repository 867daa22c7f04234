using BriefingGen.Tests.Cli;
using BriefingGen.Verifying;

namespace BriefingGen.Tests.Verifying;

/// <summary>
/// A throwaway copy of the project as an office keeps it (the Jinan briefing with its approved
/// snapshots, its own templates, the real fonts), for a test to change and verify as staff would.
/// </summary>
internal sealed class VerifyProject : IDisposable
{
    public const string Id = "jinan-digital-city";

    public VerifyProject()
    {
        Tool.Project(Root, ownTemplates: true);
        var approved = Path.Combine(TestPaths.Jinan, SnapshotSet.FolderName);
        foreach (var file in Directory.EnumerateFiles(approved, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Snapshots, Path.GetRelativePath(approved, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("briefinggen-verify-").FullName;

    public string Briefing => Path.Combine(Root, "data", Id);

    public string Snapshots => Path.Combine(Briefing, SnapshotSet.FolderName);

    /// <summary>What verify wrote for the Jinan briefing: diffs and page images.</summary>
    public string Differences => Path.Combine(Root, "verify", Id);

    public string Templates => Path.Combine(Root, "templates");

    /// <summary>'./briefing verify …' in the copy, with English messages unless the environment says otherwise.</summary>
    public ToolResult Verify(string[] args, params (string Name, string Value)[] environment) =>
        Tool.Run(Root, ["verify", .. args], environment);

    public ToolResult Verify(params string[] args) => Verify(args, ("LANG", "en_GB.UTF-8"));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
