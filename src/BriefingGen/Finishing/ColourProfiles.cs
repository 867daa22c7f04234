using BriefingGen.Diagnostics;

namespace BriefingGen.Finishing;

/// <summary>
/// The ICC profiles the finished PDFs embed as their OutputIntent, from Debian packages that
/// ./briefing installs: sRGB from icc-profiles-free for every edition, and for the press the only
/// free CMYK printer profile Debian packages, Ghostscript's SWOP-based default (libgs-common).
/// </summary>
internal sealed record ColourProfiles(byte[] Rgb, byte[] Cmyk)
{
    public const string RgbPath = "/usr/share/color/icc/sRGB.icc";

    public const string CmykPath = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

    public const string RgbCondition = "sRGB IEC61966-2.1";

    public const string CmykCondition = "Artifex CMYK SWOP Profile";

    private static readonly Lazy<ColourProfiles?> Installed = new(() =>
        File.Exists(RgbPath) && File.Exists(CmykPath) ? new ColourProfiles(File.ReadAllBytes(RgbPath), File.ReadAllBytes(CmykPath)) : null);

    /// <summary>The installed profiles; a missing one is a problem with the machine (exit 3), with the package that holds it.</summary>
    public static ColourProfiles Load() =>
        Installed.Value ?? throw new BuildFailedException(
            File.Exists(RgbPath) ? Errors.ColourProfileMissing(CmykPath, "libgs-common") : Errors.ColourProfileMissing(RgbPath, "icc-profiles-free"));
}
