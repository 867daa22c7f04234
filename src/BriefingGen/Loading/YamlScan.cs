using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>What a first read of a YAML file found: its problems, and the characters of its values.</summary>
internal sealed record YamlScan(IReadOnlyList<Diagnostic> Problems, IReadOnlyList<ScannedText> Texts);

/// <summary>The characters of one value, with the index in the file where its scalar starts (to find it again by its node).</summary>
internal sealed record ScannedText(long Start, WrittenText Text);
