using BriefingGen.Cli;
using BriefingGen.Doctor;

namespace BriefingGen.Tests.Doctor;

/// <summary>'doctor' finds what this machine has, and gives the exact fix for what it lacks.</summary>
public sealed class MachineCheckTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("briefinggen-doctor-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void This_machine_has_everything_the_generator_needs()
    {
        var findings = MachineCheck.Run(new ProjectPaths(TestPaths.Repository), Path.Combine(_scratch, "out"), [TestPaths.Jinan]);

        Assert.All(findings, f => Assert.True(f.Ok, $"{f.Need}: {f.Found}"));
        Assert.Contains(findings, f => f.Need == "Chromium" && f.Found.Contains("Chromium", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Need == "Font Noto Serif SC 400" && f.Found.Contains("TrueType", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Need == "Characters" && f.Found.Contains("covers all", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_fonts_are_reported_with_the_command_that_installs_them()
    {
        var findings = MachineCheck.Run(new ProjectPaths(_scratch), Path.Combine(_scratch, "out"), []);

        var fonts = Assert.Single(findings, f => f.Need == "Fonts");
        Assert.False(fonts.Ok);
        Assert.Contains("npm ci", fonts.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_no_font_has_is_named()
    {
        var folder = Path.Combine(_scratch, "data", "odd");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sections.yaml"), "sections:\n  - {zh: \"𓂀\", en: Eye}\n");

        var findings = MachineCheck.Run(new ProjectPaths(TestPaths.Repository), Path.Combine(_scratch, "out"), [folder]);

        var characters = Assert.Single(findings, f => f.Need == "Characters");
        Assert.False(characters.Ok);
        Assert.Contains("𓂀", characters.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_no_font_has_in_the_office_yaml_beside_a_briefing_is_named()
    {
        var folder = Path.Combine(_scratch, "data", "plain");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sections.yaml"), "sections: []\n");
        File.WriteAllText(Path.Combine(_scratch, "data", "office.yaml"), "office:\n  series: {zh: \"𓂀\", en: Eye}\n");

        var findings = MachineCheck.Run(new ProjectPaths(TestPaths.Repository), Path.Combine(_scratch, "out"), [folder]);

        var characters = Assert.Single(findings, f => f.Need == "Characters");
        Assert.False(characters.Ok);
        Assert.Contains("𓂀", characters.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_reported_with_a_fix()
    {
        var blocked = Path.Combine(_scratch, "a-file");
        File.WriteAllText(blocked, "");

        var findings = MachineCheck.Run(new ProjectPaths(TestPaths.Repository), Path.Combine(blocked, "out"), []);

        var output = Assert.Single(findings, f => f.Need == "Output folder");
        Assert.False(output.Ok);
        Assert.Contains("--out", output.Fix, StringComparison.Ordinal);
    }
}
