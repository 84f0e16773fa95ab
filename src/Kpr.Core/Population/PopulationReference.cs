namespace Kpr.Core.Population;

/// <summary>
/// Which date's population a denominator for statistics year Y uses. SSB counts residents on 1 January, so the
/// end of year Y is SSB's 1 January Y+1 figure.
/// </summary>
public enum PopulationReference
{
    /// <summary>1 January Y (SSB figure for year Y).</summary>
    StartOfYear = 1,

    /// <summary>31 December Y = SSB's 1 January Y+1. The default for rates per 1000 inhabitants in KPR reports.</summary>
    EndOfYear = 2,

    /// <summary>The mean of <see cref="StartOfYear"/> and <see cref="EndOfYear"/> (a mid-year approximation).</summary>
    Mean = 3,
}
