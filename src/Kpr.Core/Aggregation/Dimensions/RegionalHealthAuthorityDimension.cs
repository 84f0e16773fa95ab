using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary><c>regional_health_authority</c>: the authority of the residence's helsefellesskap (<c>helse_nord</c>,
/// <c>helse_midt_norge</c>, <c>helse_vest</c>, <c>helse_sor_ost</c>: <see cref="RegionalHealthAuthorities.Id"/>).</summary>
internal sealed record RegionalHealthAuthorityDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Residence;

    public override RegionLevel? RegionLevel => Population.RegionLevel.RegionalHealthAuthority;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var directory = scope.Context.Directory;
        return ResidenceAxis.Bind(name, RegionalHealthAuthorities.All.Select(a => a.Id()), scope,
            (code, year) => MunicipalityInYear.HelsefellesskapOf(directory, code, year) is { } h ? h.RegionalHealthAuthority.Id() : null);
    }
}
