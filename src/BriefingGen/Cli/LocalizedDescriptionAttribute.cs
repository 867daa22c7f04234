using System.ComponentModel;
using BriefingGen.Messages;
using Spectre.Console;

namespace BriefingGen.Cli;

/// <summary>An option's help text, from the message catalogue in this run's language (the help reads Description).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LocalizedDescriptionAttribute(string key) : DescriptionAttribute
{
    public string Key { get; } = key;

    // Spectre reads a description as markup: a catalogue text is shown as written, brackets and all.
    public override string Description => Markup.Escape(Catalogue.Text(Key));
}
