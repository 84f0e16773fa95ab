namespace Kpr.Core.Regions;

/// <summary>Names and parsing for <see cref="RegionalHealthAuthority"/>.</summary>
public static class RegionalHealthAuthorities
{
    /// <summary>The four authorities, north to south (the order of Helsedirektoratet's tables).</summary>
    public static IReadOnlyList<RegionalHealthAuthority> All { get; } =
        [RegionalHealthAuthority.HelseNord, RegionalHealthAuthority.HelseMidtNorge, RegionalHealthAuthority.HelseVest, RegionalHealthAuthority.HelseSorOst];

    /// <summary>The Norwegian name, e.g. <c>Helse Sør-Øst</c> (used in CSV/JSON output too).</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not one of the four.</exception>
    public static string Name(this RegionalHealthAuthority authority) => authority switch
    {
        RegionalHealthAuthority.HelseNord => "Helse Nord",
        RegionalHealthAuthority.HelseMidtNorge => "Helse Midt-Norge",
        RegionalHealthAuthority.HelseVest => "Helse Vest",
        RegionalHealthAuthority.HelseSorOst => "Helse Sør-Øst",
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, "Unknown regional health authority."),
    };

    /// <summary>The authority's id in tables and exports (<c>helse_nord</c>, <c>helse_midt_norge</c>, <c>helse_vest</c>,
    /// <c>helse_sor_ost</c>): the one id used by the <c>regional_health_authority</c> dimension and its populations.</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public static string Id(this RegionalHealthAuthority authority) => authority switch
    {
        RegionalHealthAuthority.HelseNord => "helse_nord",
        RegionalHealthAuthority.HelseMidtNorge => "helse_midt_norge",
        RegionalHealthAuthority.HelseVest => "helse_vest",
        RegionalHealthAuthority.HelseSorOst => "helse_sor_ost",
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, "Unknown regional health authority."),
    };

    /// <summary>Parses a name as <see cref="Name(RegionalHealthAuthority)"/> writes it (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <param name="authority">The authority, or <c>default</c>.</param>
    /// <returns>True when recognised.</returns>
    public static bool TryParse(string? text, out RegionalHealthAuthority authority)
    {
        foreach (var a in All)
        {
            if (string.Equals(a.Name(), text?.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(a.Id(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                authority = a;
                return true;
            }
        }
        authority = default;
        return false;
    }
}
