namespace Kpr.Core.Regions;

/// <summary>The four regional health authorities (regionale helseforetak, RHF) that own the hospital trusts.</summary>
/// <remarks>Display names via <see cref="RegionalHealthAuthorities.Name(RegionalHealthAuthority)"/> (e.g. "Helse Sør-Øst").</remarks>
public enum RegionalHealthAuthority
{
    /// <summary>Helse Nord RHF.</summary>
    HelseNord = 1,

    /// <summary>Helse Midt-Norge RHF.</summary>
    HelseMidtNorge = 2,

    /// <summary>Helse Vest RHF.</summary>
    HelseVest = 3,

    /// <summary>Helse Sør-Øst RHF.</summary>
    HelseSorOst = 4,
}
