namespace Kpr.Core.Measures;

/// <summary>What a standardised measure does with a stratum (age band) whose count is missing.</summary>
public enum MissingStratumCount
{
    /// <summary>The measure is not computable (<see cref="NotComputableReason.MissingCount"/>): the default, because
    /// an empty cell may hide a suppressed or lost figure.</summary>
    NotComputable = 0,

    /// <summary>The missing count is taken as 0, as PHEindicatormethods does (<c>na.zero</c>) in
    /// <c>calculate_dsr</c> and <c>calculate_ISRatio</c>/<c>calculate_ISRate</c>.</summary>
    Zero,
}
