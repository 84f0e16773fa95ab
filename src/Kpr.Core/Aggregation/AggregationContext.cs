using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>The reference tables dimensions are bound with and rates are divided by.</summary>
internal sealed record AggregationContext(ServiceCatalogue Catalogue, HelsefellesskapDirectory Directory, PopulationTable Population)
{
    public static AggregationContext Default => new(ServiceCatalogue.Default, HelsefellesskapDirectory.Default, PopulationTable.Default);
}
