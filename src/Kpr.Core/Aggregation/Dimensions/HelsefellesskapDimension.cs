using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary><c>helsefellesskap</c>: the helsefellesskap of the person's residence in the year (ids such as <c>ostfold</c>),
/// from the context's membership table.</summary>
internal sealed record HelsefellesskapDimension : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Residence;

    public override RegionLevel? RegionLevel => Population.RegionLevel.Helsefellesskap;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var directory = scope.Context.Directory;
        return ResidenceAxis.Bind(name, directory.All.Select(h => h.Id), scope,
            (code, year) => MunicipalityInYear.HelsefellesskapOf(directory, code, year)?.Id);
    }
}
