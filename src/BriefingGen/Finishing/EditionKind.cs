namespace BriefingGen.Finishing;

/// <summary>What a PDF is, as the preflight recognizes it from the file itself: it decides which targets apply.</summary>
internal enum EditionKind
{
    /// <summary>Chinese (/Lang zh…), A4, body text at 3号 (16 pt): the GB/T 9704 page and grid apply.</summary>
    ChineseOfficial,

    /// <summary>English (/Lang en…): a policy brief, without the Chinese grid.</summary>
    English,

    /// <summary>Neither: only the checks that hold for any print PDF.</summary>
    Other,
}
