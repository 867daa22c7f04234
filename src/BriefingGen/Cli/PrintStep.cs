using System.Globalization;

namespace BriefingGen.Cli;

/// <summary>Where the printing stands after a PDF: how many of how many, since when, and about how long is left.</summary>
internal sealed record PrintStep(int Done, int Total, TimeSpan Elapsed, TimeSpan Left)
{
    public bool Finished => Done >= Total;

    /// <summary>A duration as a clock reads it, to the nearest second: 0:42, 2:05, 1:02:09.</summary>
    public static string Clock(TimeSpan duration)
    {
        var seconds = (long)Math.Round(duration.TotalSeconds, MidpointRounding.AwayFromZero);
        var (hours, minutes) = (seconds / 3600, seconds / 60 % 60);
        return hours > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}:{1:00}:{2:00}", hours, minutes, seconds % 60)
            : string.Format(CultureInfo.InvariantCulture, "{0}:{1:00}", minutes, seconds % 60);
    }
}
