using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary><c>municipality</c>: the residence municipality harmonised to the structure of <paramref name="HarmoniseTo"/>
/// (null: the last year counted); a municipality split on the way is unclassified.</summary>
internal sealed record MunicipalityDimension(int? HarmoniseTo) : DimensionDefinition
{
    public override AxisSource Source => AxisSource.Residence;

    public override RegionLevel? RegionLevel => Population.RegionLevel.Municipality;

    public override int? StructureYear => HarmoniseTo;

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var history = scope.Context.Directory.History;
        var target = HarmoniseTo ?? scope.LastYear;
        return ResidenceAxis.Bind(name, history.StructureOf(target).Select(c => c.ToString()), scope,
            (code, year) => MunicipalityInYear.Harmonise(history, code, year, target)?.ToString());
    }
}
