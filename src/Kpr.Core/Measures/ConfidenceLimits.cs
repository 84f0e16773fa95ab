using MathNet.Numerics.Distributions;

namespace Kpr.Core.Measures;

/// <summary>
/// The interval formulas themselves, on raw numbers: limits for a Poisson count (exact and Byar), Wilson score
/// limits for a proportion, and Newcombe's hybrid score limits for a difference of proportions. The measure types
/// (<see cref="Rate"/>, <see cref="Proportion"/>, …) call these; they are public for analysts who need a formula on
/// numbers they already have (e.g. a non-integer weighted count).
/// </summary>
/// <remarks>
/// Quantiles come from MathNet.Numerics (chi-square and standard normal inverse CDFs). The formulas follow
/// PHEindicatormethods (UKHSA) exactly; see docs/methods.md for each formula and its reference.
/// </remarks>
public static class ConfidenceLimits
{
    /// <summary>The count below which <see cref="CountIntervalMethod.ExactBelowTenElseByar"/> uses exact limits.</summary>
    public const int ExactCountThreshold = 10;

    /// <summary>Exact Poisson limits for an observed count: χ²(α/2; 2O)/2 and χ²(1−α/2; 2O+2)/2 (lower 0 when O = 0).</summary>
    /// <param name="observed">The observed count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>Limits for the expected count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is negative or not finite.</exception>
    public static ConfidenceInterval ExactPoisson(double observed, ConfidenceLevel level)
    {
        CheckCount(observed);
        if (observed < ExactCountThreshold && observed == Math.Floor(observed))
        {
            // Small counts at one level recur in every table: reuse the chi-square quantiles (they are iterative).
            var table = _smallCounts;
            if (table is null || table.Level != level)
            {
                _smallCounts = table = new SmallCountLimits(level);
            }
            return table.Limits[(int)observed];
        }
        return ComputeExact(observed, level);
    }

    private static ConfidenceInterval ComputeExact(double observed, ConfidenceLevel level)
    {
        var lower = observed == 0 ? 0 : ChiSquared.InvCDF(2 * observed, level.Alpha / 2) / 2;
        var upper = ChiSquared.InvCDF(2 * observed + 2, level.Value + level.Alpha / 2) / 2;
        return ConfidenceInterval.Create(lower, upper, level, IntervalMethod.ExactPoisson);
    }

    /// <summary>
    /// Byar's approximation: lower = O(1 − 1/(9O) − z/(3√O))³, upper = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³.
    /// </summary>
    /// <param name="observed">The observed count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>Limits for the expected count. A negative lower limit (tiny counts, very high levels) is reported as 0,
    /// where PHEindicatormethods reports NA; a count of 0 has lower limit 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is negative or not finite.</exception>
    public static ConfidenceInterval Byar(double observed, ConfidenceLevel level)
    {
        CheckCount(observed);
        var z = level.Z;
        var lower = observed == 0 ? 0 : observed * Math.Pow(1 - 1 / (9 * observed) - z / (3 * Math.Sqrt(observed)), 3);
        var next = observed + 1;
        var upper = next * Math.Pow(1 - 1 / (9 * next) + z / (3 * Math.Sqrt(next)), 3);
        return ConfidenceInterval.Create(Math.Max(lower, 0), upper, level, IntervalMethod.Byar);
    }

    /// <summary>Limits for a Poisson count by the chosen method.</summary>
    /// <param name="observed">The observed count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="method">Exact below 10 else Byar (default), always exact, or always Byar.</param>
    /// <returns>Limits for the expected count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="observed"/> is negative or not finite, or the method is unknown.</exception>
    public static ConfidenceInterval Poisson(double observed, ConfidenceLevel level, CountIntervalMethod method = CountIntervalMethod.ExactBelowTenElseByar) => method switch
    {
        CountIntervalMethod.ExactBelowTenElseByar => observed < ExactCountThreshold ? ExactPoisson(observed, level) : Byar(observed, level),
        CountIntervalMethod.Exact => ExactPoisson(observed, level),
        CountIntervalMethod.Byar => Byar(observed, level),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown count interval method."),
    };

    /// <summary>
    /// Wilson score limits for a proportion x/n (no continuity correction):
    /// (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)).
    /// </summary>
    /// <param name="successes">x, 0 ≤ x ≤ n (need not be an integer).</param>
    /// <param name="trials">n &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>Limits for the proportion as a fraction, within [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">x is negative, n is not positive, or x &gt; n.</exception>
    public static ConfidenceInterval Wilson(double successes, double trials, ConfidenceLevel level)
    {
        CheckCount(successes);
        if (!(trials > 0 && double.IsFinite(trials)))
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "The denominator of a proportion must be positive.");
        }
        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "The count of a proportion cannot exceed its denominator.");
        }
        var z = level.Z;
        var z2 = z * z;
        var root = z * Math.Sqrt(z2 + 4 * successes * (1 - successes / trials));
        var denominator = 2 * (trials + z2);
        var lower = (2 * successes + z2 - root) / denominator;
        var upper = (2 * successes + z2 + root) / denominator;
        // At x = 0 and x = n the exact limits are 0 and 1; pin them so rounding cannot push the estimate outside.
        lower = successes == 0 ? 0 : Math.Max(0, lower);
        upper = successes == trials ? 1 : Math.Min(1, upper);
        return ConfidenceInterval.Create(lower, upper, level, IntervalMethod.WilsonScore);
    }

    /// <summary>
    /// Newcombe's hybrid score interval (method 10) for p₁ − p₂ of two independent proportions:
    /// L = d − √((p₁ − l₁)² + (u₂ − p₂)²), U = d + √((u₁ − p₁)² + (p₂ − l₂)²), with (lᵢ, uᵢ) the Wilson limits.
    /// </summary>
    /// <param name="successes1">x₁.</param>
    /// <param name="trials1">n₁ &gt; 0.</param>
    /// <param name="successes2">x₂.</param>
    /// <param name="trials2">n₂ &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>Limits for the difference as a fraction, within [−1, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Wilson"/>.</exception>
    public static ConfidenceInterval NewcombeDifference(double successes1, double trials1, double successes2, double trials2, ConfidenceLevel level)
    {
        var w1 = Wilson(successes1, trials1, level);
        var w2 = Wilson(successes2, trials2, level);
        var p1 = successes1 / trials1;
        var p2 = successes2 / trials2;
        var d = p1 - p2;
        var lower = d - Math.Sqrt(Square(p1 - w1.Lower) + Square(w2.Upper - p2));
        var upper = d + Math.Sqrt(Square(w1.Upper - p1) + Square(p2 - w2.Lower));
        return ConfidenceInterval.Create(lower, upper, level, IntervalMethod.NewcombeHybridScore);
    }

    private static double Square(double x) => x * x;

    // The exact limits for counts 0–9 at the most recently used level (immutable, swapped whole: thread-safe).
    private static volatile SmallCountLimits? _smallCounts;

    private sealed class SmallCountLimits
    {
        public SmallCountLimits(ConfidenceLevel level)
        {
            Level = level;
            Limits = new ConfidenceInterval[ExactCountThreshold];
            for (var i = 0; i < Limits.Length; i++)
            {
                Limits[i] = ComputeExact(i, level);
            }
        }

        public ConfidenceLevel Level { get; }

        public ConfidenceInterval[] Limits { get; }
    }

    private static void CheckCount(double observed)
    {
        if (!(observed >= 0 && double.IsFinite(observed)))
        {
            throw new ArgumentOutOfRangeException(nameof(observed), observed, "A count must be zero or positive.");
        }
    }
}
