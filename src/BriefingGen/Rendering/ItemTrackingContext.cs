using BriefingGen.Localization;
using Scriban;
using Scriban.Syntax;

namespace BriefingGen.Rendering;

/// <summary>
/// A template context that knows which data item each loop is on, so that a template error can say
/// which paragraph, figure or source it was rendering, and where that item is written.
/// </summary>
internal sealed class ItemTrackingContext : TemplateContext
{
    private readonly List<object?> _loopItems = [];

    /// <summary>Where the innermost item being rendered was written, as remembered when a template failed.</summary>
    public string? ItemAtFailure { get; private set; }

    public override void SetLoopVariable(ScriptVariable variable, object? value)
    {
        if (_loopItems.Count > 0)
        {
            _loopItems[^1] = value;
        }

        base.SetLoopVariable(variable, value);
    }

    /// <summary>
    /// Called from an exception filter, which runs before the loops unwind, while they still know
    /// their items. Returns true so that the filter lets the exception be caught.
    /// </summary>
    public bool RememberItem()
    {
        ItemAtFailure = _loopItems.OfType<IHasOrigin>().LastOrDefault()?.Origin;
        return true;
    }

    protected override void OnEnterLoop(ScriptLoopStatementBase loop)
    {
        _loopItems.Add(null);
        base.OnEnterLoop(loop);
    }

    protected override void OnExitLoop(ScriptLoopStatementBase loop)
    {
        _loopItems.RemoveAt(_loopItems.Count - 1);
        base.OnExitLoop(loop);
    }
}
