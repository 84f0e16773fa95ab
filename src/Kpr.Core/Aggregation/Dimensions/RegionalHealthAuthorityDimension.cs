using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary><c>regional_health_authority</c>: the authority of the residence's helsefellesskap (<c>helse_nord</c>,
/// <c>helse_midt_norge</c>, <c>helse_vest</c>, <c>helse_sor_ost</c>).</summary>
internal sealed record RegionalHealthAuthorityDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Residence;

    public override RegionLevel? RegionLevel => Population.RegionLevel.RegionalHealthAuthority;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var directory = scope.Context.Directory;
        return ResidenceAxis.Bind(name, RegionalHealthAuthorities.All.Select(Id), scope,
            (code, year) => ResidenceAxis.HelsefellesskapOf(directory, code, year) is { } h ? Id(h.RegionalHealthAuthority) : null);
    }

    /// <summary>The category id of an authority, e.g. <c>helse_nord</c>.</summary>
    public static string Id(RegionalHealthAuthority authority) => authority switch
    {
        Regions.RegionalHealthAuthority.HelseNord => "helse_nord",
        Regions.RegionalHealthAuthority.HelseMidtNorge => "helse_midt_norge",
        Regions.RegionalHealthAuthority.HelseVest => "helse_vest",
        _ => "helse_sor_ost",
    };
}
