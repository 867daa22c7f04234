namespace BriefingGen.Model;

/// <summary>
/// How a figure stands to its number, as policy texts say it: 超过20万座, 60%以上, 约1.6万亿元.
/// A qualified figure is never printed as an exact one.
/// </summary>
internal enum Qualifier
{
    None,

    /// <summary>X以上 / at least X: 以上 includes the number, as in Chinese legal usage.</summary>
    AtLeast,

    /// <summary>超过X / more than X.</summary>
    MoreThan,

    /// <summary>逾X / over X.</summary>
    Over,

    /// <summary>约X / about X.</summary>
    About,

    /// <summary>近X / nearly X.</summary>
    Nearly,

    /// <summary>不足X / less than X.</summary>
    LessThan,

    /// <summary>不超过X / up to X.</summary>
    UpTo,

    /// <summary>X余 / more than X: 3000余家, 3.5万余家, 1亿余人 (余 stands after the number, before the unit).</summary>
    Plus,

    /// <summary>X多 / more than X: 1700多项 (多 stands after the number, before the unit).</summary>
    Odd,
}
