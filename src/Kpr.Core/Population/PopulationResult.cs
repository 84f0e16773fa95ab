namespace Kpr.Core.Population;

/// <summary>
/// The answer to a <see cref="PopulationTable.Query"/>: population cells by region × age group × sex for one
/// statistics year and reference date, or the reason the data cannot answer.
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class PopulationResult
{
    internal PopulationResult(int year, PopulationReference reference, RegionLevel level, int structureYear, AgeGroupSet ageGroups, bool bySex, IReadOnlyList<PopulationCell> cells, string? missing)
    {
        Year = year;
        Reference = reference;
        Level = level;
        StructureYear = structureYear;
        AgeGroups = ageGroups;
        BySex = bySex;
        Cells = cells;
        Missing = missing;
    }

    /// <summary>The statistics year.</summary>
    public int Year { get; }

    /// <summary>Which date's population was used.</summary>
    public PopulationReference Reference { get; }

    /// <summary>The region level.</summary>
    public RegionLevel Level { get; }

    /// <summary>The municipality structure year the figures were harmonised to (and whose 31 December decides helsefellesskap membership).</summary>
    public int StructureYear { get; }

    /// <summary>The age bands.</summary>
    public AgeGroupSet AgeGroups { get; }

    /// <summary>Whether the cells are split by sex.</summary>
    public bool BySex { get; }

    /// <summary>True when the data could answer.</summary>
    public bool IsAvailable => Missing is null;

    /// <summary>What is missing when the data cannot answer; null otherwise.</summary>
    public string? Missing { get; }

    /// <summary>The cells, ordered by region, age band and sex (empty when not available).</summary>
    public IReadOnlyList<PopulationCell> Cells { get; }

    /// <summary>The sum over all cells.</summary>
    /// <exception cref="InvalidOperationException">Not available; the message names what is missing.</exception>
    public double Total => IsAvailable ? Cells.Sum(c => c.Population) : throw new InvalidOperationException("Population not available: " + Missing + ".");
}
