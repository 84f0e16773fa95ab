using System.Globalization;
using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Aggregation;

/// <summary>
/// <c>municipality_size_class</c>: the residence municipality's number of residents, in bands. The population is SSB
/// 07459 as embedded (<see cref="PopulationTable"/>): all residents on 1 January of the year counted (years outside
/// 2018–2025 use the nearest), for the municipality harmonised to that year's structure. The default limits
/// 5 000 and 20 000 give the bands <c>0-4999</c>, <c>5000-19999</c>, <c>20000+</c>; they are a plain user-facing
/// choice of this library (small, middle-sized and large municipalities), not an official classification, and any
/// other limits can be given. A person whose municipality has no population (a split code) is unclassified.
/// </summary>
/// <param name="Limits">The lower limits of every band but the first, ascending and positive, as invariant text
/// ("5000,20000"), so that equal limits make equal dimensions.</param>
internal sealed record MunicipalitySizeClassDimension(string Limits) : DimensionDefinition
{
    /// <summary>The default limits: 5 000 and 20 000 residents.</summary>
    public static MunicipalitySizeClassDimension Default { get; } = Of([5000, 20000]);

    public override AxisSource Source => AxisSource.Residence;

    /// <summary>The definition for ascending positive limits.</summary>
    /// <exception cref="ArgumentException">The limits are empty, not positive or not ascending.</exception>
    public static MunicipalitySizeClassDimension Of(IReadOnlyList<int> limits)
    {
        if (limits.Count == 0 || limits[0] <= 0 || limits.Zip(limits.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException("Size class limits must be positive and strictly ascending, e.g. 5000,20000.", nameof(limits));
        }
        return new MunicipalitySizeClassDimension(string.Join(',', limits.Select(l => l.ToString(CultureInfo.InvariantCulture))));
    }

    public override AxisBinding Bind(string name, DimensionScope scope)
    {
        var limits = Limits.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var labels = new string[limits.Length + 1];
        for (var i = 0; i <= limits.Length; i++)
        {
            var from = i == 0 ? 0 : limits[i - 1];
            labels[i] = i == limits.Length
                ? string.Create(CultureInfo.InvariantCulture, $"{from}+")
                : string.Create(CultureInfo.InvariantCulture, $"{from}-{limits[i] - 1}");
        }
        var history = scope.Context.Directory.History;
        var population = scope.Context.Population;
        return ResidenceAxis.Bind(name, labels, scope, (code, year) =>
        {
            var structure = Math.Clamp(year, PopulationTable.FirstYear, MunicipalityHistory.LastStructureYear);
            if (MunicipalityInYear.Harmonise(history, code, year, structure) is not { } current)
            {
                return null;
            }
            var residents = population.ForMunicipality(current, Math.Clamp(year, PopulationTable.FirstYear, PopulationTable.LastYear),
                AgeGroup.All, null, PopulationReference.StartOfYear, structure);
            if (!residents.IsAvailable)
            {
                return null;
            }
            var band = 0;
            while (band < limits.Length && residents.Value >= limits[band])
            {
                band++;
            }
            return labels[band];
        });
    }
}
