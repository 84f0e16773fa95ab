using Kpr.Core.Regions;
using Kpr.Core.Services;

namespace Kpr.Core.Aggregation;

/// <summary>The reference tables dimensions are bound with.</summary>
internal sealed record AggregationContext(ServiceCatalogue Catalogue, HelsefellesskapDirectory Directory)
{
    public static AggregationContext Default => new(ServiceCatalogue.Default, HelsefellesskapDirectory.Default);
}
