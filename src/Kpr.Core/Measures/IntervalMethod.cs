namespace Kpr.Core.Measures;

/// <summary>The published method behind a <see cref="ConfidenceInterval"/> (formulas in docs/methods.md).</summary>
public enum IntervalMethod
{
    /// <summary>No interval (the measure has none, or it is not computable).</summary>
    None = 0,

    /// <summary>Exact Poisson limits from chi-square quantiles: χ²(α/2; 2O)/2 and χ²(1−α/2; 2O+2)/2.</summary>
    ExactPoisson,

    /// <summary>Byar's approximation to the exact Poisson limits (Breslow and Day 1987).</summary>
    Byar,

    /// <summary>Wilson score interval for a proportion, without continuity correction (Wilson 1927).</summary>
    WilsonScore,

    /// <summary>Newcombe's hybrid score interval for a difference of two independent proportions (Newcombe 1998, method 10).</summary>
    NewcombeHybridScore,

    /// <summary>Dobson's method for a weighted sum of Poisson counts (Dobson et al. 1991), with Byar limits on the total count.</summary>
    Dobson,

    /// <summary>Dobson's method with the variance adjusted for non-independent events (persons with several events).</summary>
    DobsonNonIndependent,
}
