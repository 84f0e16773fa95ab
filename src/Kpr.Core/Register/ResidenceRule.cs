using System.Runtime.CompilerServices;

namespace Kpr.Core.Register;

/// <summary>
/// The one residence rule (domain notes §D1, [S18b][S32]): the residence of a person in a year is the municipality of
/// the episode overlapping the year that is preferred by, in order, a municipality code valid in the year, the latest
/// start, the latest end, the highest municipality index (codes are indexed in numeric order, so the highest code).
/// Both the register (<see cref="EpisodeRegister.ResidenceIndex(int, int)"/>) and the counting kernels' view apply it
/// through <see cref="Prefers"/>.
/// </summary>
internal static class ResidenceRule
{
    /// <summary>Whether a candidate episode is preferred over the best so far (start with best = -1, bestValid = -1).</summary>
    /// <param name="valid">1 when the candidate's municipality code is valid in the year, else 0.</param>
    /// <param name="start">The candidate's start day.</param>
    /// <param name="end">The candidate's end day.</param>
    /// <param name="municipality">The candidate's municipality index.</param>
    /// <param name="bestValid">The best's validity (-1 when there is none yet).</param>
    /// <param name="bestStart">The best's start day.</param>
    /// <param name="bestEnd">The best's end day.</param>
    /// <param name="best">The best's municipality index.</param>
    /// <returns>True when the candidate wins.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Prefers(int valid, int start, int end, int municipality, int bestValid, int bestStart, int bestEnd, int best) =>
        valid > bestValid || (valid == bestValid && (start > bestStart || (start == bestStart && (end > bestEnd || (end == bestEnd && municipality > best)))));
}
