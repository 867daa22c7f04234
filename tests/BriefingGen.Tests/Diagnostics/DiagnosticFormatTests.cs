using BriefingGen.Diagnostics;
using Xunit;

namespace BriefingGen.Tests.Diagnostics;

public sealed class DiagnosticFormatTests
{
    [Fact]
    public void A_diagnostic_never_prints_a_control_character_from_its_path_or_its_quoted_data()
    {
        // A folder name and an unknown key as an attacker would write them: clear the screen, ring, recolour, reverse.
        var folder = "data/a\u001B[2Jb\u0007";
        var diagnostic = Errors.UnknownKey(new SourceLocation(folder + "/facts.yaml", 3, 5), "ti\u001B[31mtle\u202E\u0000", ["title", "tile"]);

        foreach (var chinese in new[] { false, true })
        {
            var line = diagnostic.Format(chinese);

            Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u202E');
            Assert.Contains("\\u001B[2J", line, StringComparison.Ordinal);
            Assert.Contains("\\u0007", line, StringComparison.Ordinal);
            Assert.Contains("\\u202E\\u0000", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_diagnostic_keeps_chinese_and_characters_beyond_the_basic_plane_as_they_are()
    {
        var diagnostic = Errors.BadNumber(new SourceLocation("data/济南/facts.yaml", 1, 1), "五𠀀");

        Assert.Contains("data/济南/facts.yaml(1,1)", diagnostic.Format(chinese: true), StringComparison.Ordinal);
        Assert.Contains("“五𠀀”", diagnostic.Format(chinese: true), StringComparison.Ordinal);
    }
}
