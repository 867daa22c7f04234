using System.ComponentModel;
using BriefingGen.Messages;

namespace BriefingGen.Cli;

/// <summary>An option's help text, from the message catalogue in this run's language (the help reads Description).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LocalizedDescriptionAttribute(string key) : DescriptionAttribute
{
    public string Key { get; } = key;

    public override string Description => Catalogue.Text(Key);
}
