namespace Kpr.Core.Measures;

/// <summary>Why a measure has no value. <see cref="None"/> means it was computed.</summary>
/// <remarks>Not-computable results carry NaN values and an empty interval instead of throwing, so that one bad cell
/// does not stop a whole table; <see cref="NotComputableReasonExtensions.Describe"/> gives the text for a note column.</remarks>
public enum NotComputableReason
{
    /// <summary>The measure was computed.</summary>
    None = 0,

    /// <summary>The count (numerator) is missing.</summary>
    MissingCount,

    /// <summary>The denominator (population, sample size) is missing.</summary>
    MissingDenominator,

    /// <summary>The denominator is zero.</summary>
    ZeroDenominator,

    /// <summary>A directly standardised rate whose total count is below 10 is not published (PHE rule: unreliable).</summary>
    TotalCountBelowTen,

    /// <summary>The value to compare is missing.</summary>
    MissingValue,

    /// <summary>The baseline (reference value) is missing.</summary>
    MissingBaseline,

    /// <summary>The baseline (reference value) is zero, so a relative change is undefined.</summary>
    ZeroBaseline,

    /// <summary>A stratum (e.g. an age band) has population zero, so its rate is undefined.</summary>
    ZeroStratumPopulation,

    /// <summary>The reference count or population of a stratum is missing or the reference population is zero.</summary>
    InvalidReference,

    /// <summary>The expected count of an indirectly standardised measure is zero.</summary>
    ZeroExpected,
}
