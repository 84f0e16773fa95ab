using System.Globalization;

namespace Kpr.Core.Population;

/// <summary>One cell of a <see cref="PopulationResult"/>: region × age group × (optionally) sex.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class PopulationCell
{
    internal PopulationCell(string region, string regionName, AgeGroup ageGroup, Sex? sex, double population)
    {
        Region = region;
        RegionName = regionName;
        AgeGroup = ageGroup;
        Sex = sex;
        Population = population;
    }

    /// <summary>The region key: a municipality code (<c>4601</c>), a helsefellesskap id (<c>bergen</c>), a regional
    /// health authority name (<c>Helse Vest</c>) or <c>Norway</c>.</summary>
    public string Region { get; }

    /// <summary>The region's display name (municipality name in the structure year, helsefellesskap name, …).</summary>
    public string RegionName { get; }

    /// <summary>The age band.</summary>
    public AgeGroup AgeGroup { get; }

    /// <summary>The sex, or null for both sexes together.</summary>
    public Sex? Sex { get; }

    /// <summary>Persons (whole numbers except after weighting of divided municipalities or for a mean).</summary>
    public double Population { get; }

    /// <summary>E.g. <c>bergen 67-79 female: 12345</c>, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Region} {AgeGroup} {(Sex is { } s ? s.ToInvariantString() : "both")}: {Population:R}");
}
