using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Localization;
using BriefingGen.Model;

namespace BriefingGen.Tests.Loading;

/// <summary>
/// People a briefing quotes beyond delegates, deputies and experts: members of the CPPCC or of an
/// association, enterprise executives, association leaders, anyone else; each with a free-text role.
/// </summary>
public sealed class PersonKindsTests : IDisposable
{
    private static readonly string Base = Path.Combine(TestPaths.Repository, "tests", "BriefingGen.Tests", "Checking", "Corpus", "Base");

    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("briefinggen-people-").FullName, "people-test");

    public PersonKindsTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(Base))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    // The quoted expert of the base briefing, whose kind each test changes.
    private const string Expert = "    kind: expert\n";

    [Theory]
    [InlineData("member")]
    [InlineData("executive")]
    [InlineData("association")]
    [InlineData("other")]
    public void A_quoted_person_of_each_kind_is_read_and_quoted_with_the_role_as_written(string kind)
    {
        ChangeExpert($"    kind: {kind}\n");

        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(_folder, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var person = Assert.Single(briefing!.People, p => p.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase));
        var quote = Localizer.Localize(briefing).Sections.SelectMany(s => s.Blocks).First(b => b.Kind == "quote" && b.Name!.Zh == person.Name.Zh);
        Assert.Equal(Html.Escape(person.Role!.En), quote.Role!.En);
    }

    [Fact]
    public void A_person_of_kind_other_may_be_quoted_without_a_role()
    {
        var people = File.ReadAllText(Path.Combine(_folder, "people.yaml"));
        var start = people.IndexOf(Expert, StringComparison.Ordinal);
        var roleEnd = people.IndexOf('\n', start + Expert.Length) + 1;
        File.WriteAllText(Path.Combine(_folder, "people.yaml"), people[..start] + "    kind: other\n" + people[roleEnd..]);

        var diagnostics = new DiagnosticBag();
        var briefing = BriefingLoader.Load(_folder, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Null(Assert.Single(briefing!.People, p => p.Kind == PersonKind.Other).Role);
    }

    private void ChangeExpert(string kind)
    {
        var path = Path.Combine(_folder, "people.yaml");
        var people = File.ReadAllText(path);
        Assert.Contains(Expert, people, StringComparison.Ordinal);
        File.WriteAllText(path, people.Replace(Expert, kind, StringComparison.Ordinal));
    }
}
