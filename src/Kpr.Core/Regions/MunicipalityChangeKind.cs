namespace Kpr.Core.Regions;

/// <summary>What happened to a municipality code on a change date (always 1 January in 2018–2026).</summary>
public enum MunicipalityChangeKind
{
    /// <summary>One old code became one new code that has no other predecessor (e.g. 1601 → 5001 in 2018).</summary>
    Renumber = 1,

    /// <summary>The new code has several predecessors; one change per predecessor. A municipality that kept its
    /// code while absorbing others has a change from itself to itself (1103 Stavanger in 2020).</summary>
    Merge = 2,

    /// <summary>The old code was divided between several new codes; one change per new code
    /// (5012 Snillfjord and 1850 Tysfjord in 2020, 1507 Ålesund in 2024).</summary>
    Split = 3,

    /// <summary>Same code, new name or a Sami/Kven parallel name added (old and new code are equal).</summary>
    Rename = 4,
}
