using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>What a first read of a YAML file found: its problems, and the characters of its values.</summary>
internal sealed record YamlScan(IReadOnlyList<Diagnostic> Problems, IReadOnlyList<WrittenText> Texts);
