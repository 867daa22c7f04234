using BriefingGen.Diagnostics;

namespace BriefingGen.Publishing;

/// <summary>
/// Where a build may write. Publishing replaces whole folders, so an output folder must not be
/// a source (a briefing folder, data/, the templates) nor lie inside one or around one; and it must
/// not hold the project or the file system (it may lie inside the project: out/ is the default).
/// Every command that takes --out asks here, with paths resolved through symlinks and '..'.
/// </summary>
internal static class OutputFolder
{
    /// <summary>The folder's real full path, or a BuildFailedException saying which source it would overwrite.</summary>
    public static string Resolve(string requested, string projectRoot, string templates, IEnumerable<string> dataFolders)
    {
        var output = RealPath(requested);
        if (Refusal(requested, output, projectRoot, templates, dataFolders) is { } refused)
        {
            throw new BuildFailedException(refused);
        }

        return output;
    }

    /// <summary>The reason the folder is refused, or null when it may be written.</summary>
    public static Diagnostic? Refusal(string requested, string output, string projectRoot, string templates, IEnumerable<string> dataFolders)
    {
        // Sources may be neither the folder, nor inside it, nor around it; containers (the project,
        // the file system) may hold the output but be neither the folder nor inside it.
        var places = dataFolders.Select(f => (Path: RealPath(f), What: OutputPlace.Data, Container: false))
            .Append((Path: RealPath(templates), What: OutputPlace.Templates, Container: false))
            .Append((Path: RealPath(projectRoot), What: OutputPlace.Project, Container: true))
            .Append((Path: "/", What: OutputPlace.FileSystemRoot, Container: true))
            .ToList();
        // The closest relation names the place: 'data/x' is a briefing folder before it is inside
        // data/; and a folder around the project is named for the project, not for what it holds.
        foreach (var relation in new[] { OutputRelation.Is, OutputRelation.Inside, OutputRelation.Holds })
        {
            foreach (var (path, what, container) in relation == OutputRelation.Holds ? places.AsEnumerable().Reverse() : places)
            {
                var applies = relation switch
                {
                    OutputRelation.Is => output == path,
                    OutputRelation.Inside => !container && IsInside(output, path),
                    _ => IsInside(path, output),
                };
                if (applies)
                {
                    return Errors.OutputOverlapsSources(requested, path, what, relation);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The absolute path with '..' and every symlink resolved, as far as the path exists; the part
    /// that does not exist yet is appended as written.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var real = "/";
        var parts = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(real, parts[i]);
            var info = new DirectoryInfo(next);
            if (info.LinkTarget is not null)
            {
                // A link's target may itself lie under links. A loop cannot be resolved: the path is
                // taken as written, and writing into it then fails with its own message.
                FileSystemInfo? target;
                try
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException)
                {
                    return full;
                }

                next = target is null ? next : RealPath(target.FullName);
            }
            else if (!info.Exists && !File.Exists(next))
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            real = next;
        }

        return real;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder == "/" ? "/" : folder + "/", StringComparison.Ordinal) && path != folder;
}
