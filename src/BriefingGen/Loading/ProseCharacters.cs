using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>
/// The characters of a prose value as they are printed: Markdown decodes each character reference
/// (&amp;#27;, &amp;#x202E;, &amp;#x1F680;), so the character it names takes the reference's place, and is
/// refused or warned about, at the reference, as if it had been typed there.
/// </summary>
internal static class ProseCharacters
{
    public static WrittenText Decode(string value, WrittenText written, DiagnosticBag diagnostics)
    {
        var references = ProseMarkdown.CharacterReferences(value);
        if (references.Count == 0 || written.Characters.Count == 0)
        {
            return written;
        }

        var map = Align(value, written.Characters);
        var replaced = new Dictionary<int, List<int>>();
        var dropped = new HashSet<int>();
        foreach (var reference in references)
        {
            var first = map[reference.Start];
            var at = written.Characters[Math.Max(first, 0)].Location;
            var printed = Check(reference, at, diagnostics);
            if (first < 0)
            {
                // Not found in the file as written (it should always be): reported at the value, never printed wrongly.
                continue;
            }

            replaced[first] = printed;
            for (var i = reference.Start; i < reference.Start + reference.Written.Length; i++)
            {
                dropped.Add(map[i]);
            }
        }

        var characters = new List<WrittenCharacter>(written.Characters.Count);
        for (var j = 0; j < written.Characters.Count; j++)
        {
            if (replaced.TryGetValue(j, out var printed))
            {
                characters.AddRange(printed.Select(c => new WrittenCharacter(c, written.Characters[j].Location)));
            }
            else if (!dropped.Contains(j))
            {
                characters.Add(written.Characters[j]);
            }
        }

        return written with { Characters = characters };
    }

    /// <summary>
    /// Reports what the reference prints that a briefing must not hold; returns the code points it
    /// prints, less those refused here (which need no glyph: they are already errors).
    /// </summary>
    private static List<int> Check(CharacterReference reference, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (reference.NamesNoCharacter)
        {
            diagnostics.Add(Errors.ReferenceToNoCharacter(at, reference.Written));
            return [];
        }

        var printed = new List<int>();
        foreach (var c in reference.Printed.EnumerateRunes().Select(rune => rune.Value))
        {
            if (SafeText.IsControl(c) && c is not ('\t' or '\n'))
            {
                diagnostics.Add(Errors.ControlCharacterReference(at, reference.Written, c));
                continue;
            }

            // A tab or a line break is white space in HTML, and is kept.
            printed.Add(c);
            if (SafeText.IsDirectionControl(c))
            {
                diagnostics.Add(Warnings.DirectionControlReference(at, reference.Written, c));
            }
            else if (SafeText.IsZeroWidth(c))
            {
                diagnostics.Add(Warnings.ZeroWidthReference(at, reference.Written, c));
            }
        }

        return printed;
    }

    /// <summary>
    /// For each index of the value, the index of the written character it came from (-1 if none).
    /// The value differs from what is written only where YAML folds lines and drops indentation,
    /// quotes and escapes, so each value character is the next written character equal to it.
    /// </summary>
    private static int[] Align(string value, IReadOnlyList<WrittenCharacter> written)
    {
        var map = new int[value.Length];
        Array.Fill(map, -1);
        var next = 0;
        for (var i = 0; i < value.Length; i++)
        {
            Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var length);
            for (var j = next; j < written.Count; j++)
            {
                if (Same(rune.Value, written[j].CodePoint))
                {
                    map[i] = j;
                    next = j + 1;
                    break;
                }
            }

            i += length - 1;
        }

        return map;
    }

    // A folded line break is a space in the value.
    private static bool Same(int value, int written) => value == written || (value == ' ' && written is '\n' or '\r');
}
