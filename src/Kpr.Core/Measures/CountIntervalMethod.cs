namespace Kpr.Core.Measures;

/// <summary>How limits for a Poisson count (and so for a rate or an indirectly standardised ratio) are computed.</summary>
public enum CountIntervalMethod
{
    /// <summary>Exact (chi-square) limits when the count is below 10, Byar's method otherwise: the rule of
    /// PHEindicatormethods' <c>phe_rate</c> and <c>calculate_ISRatio</c>. The default.</summary>
    ExactBelowTenElseByar = 0,

    /// <summary>Always exact (chi-square) limits.</summary>
    Exact,

    /// <summary>Always Byar's method (a lower limit that would be negative, possible only for tiny counts at very high
    /// levels, is reported as 0; a count of 0 has lower limit 0).</summary>
    Byar,
}
