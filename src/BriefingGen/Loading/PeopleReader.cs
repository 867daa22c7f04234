using BriefingGen.Model;

namespace BriefingGen.Loading;

/// <summary>Reads people.yaml.</summary>
internal static class PeopleReader
{
    public static IReadOnlyList<Person> Read(YamlMap? root)
    {
        var people = new List<Person>();
        foreach (var map in root?.MapList("people", "person") ?? [])
        {
            var id = map.Id();
            var name = map.Text("name");
            var kind = map.Choice<PersonKind>("kind");
            var role = map.Text("role", required: Person.NeedsRole(kind));
            map.RejectUnknownKeys();
            if (id is not null)
            {
                people.Add(new Person(id, name ?? map.Blank, kind ?? PersonKind.Expert, role, map.Location));
            }
        }

        root?.RejectUnknownKeys();
        return people;
    }
}
