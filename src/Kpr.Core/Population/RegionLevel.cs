namespace Kpr.Core.Population;

/// <summary>The geographic level of a population figure.</summary>
public enum RegionLevel
{
    /// <summary>Municipalities in one year's structure (codes harmonised to that year).</summary>
    Municipality = 1,

    /// <summary>The 19 helsefellesskap (membership on 31 December of the structure year).</summary>
    Helsefellesskap = 2,

    /// <summary>The four regional health authorities (via helsefellesskap).</summary>
    RegionalHealthAuthority = 3,

    /// <summary>Norway as a whole (SSB's national figures).</summary>
    Country = 4,
}
