using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// An indirectly standardised ratio (ISR, SMR): observed count O over the count E expected if the reference
/// population's band-specific rates applied to the area, O / E × <see cref="ReferenceValue"/> (1, or 100 for the
/// "index" form). Limits are those of O (exact below 10, else Byar, as PHEindicatormethods' <c>calculate_ISRatio</c>)
/// divided by E.
/// </summary>
/// <remarks>
/// <para>E = Σ refcountᵢ / refpopᵢ × popᵢ. A band with population 0 contributes nothing to E; its count still counts
/// in O.</para>
/// <para><b>Missing data.</b> A missing count (unless <see cref="MissingStratumCount.Zero"/> is chosen, as PHE) or population, a missing reference value or a zero reference
/// population, or E = 0, give a not-computable ratio (NaN, empty interval, <see cref="Reason"/> says why).</para>
/// <para>Equality is reference equality. Thread safety: immutable.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public sealed class IndirectlyStandardisedRatio : IFormattable
{
    private IndirectlyStandardisedRatio(long observed, double expected, double referenceValue, ConfidenceLevel level, CountIntervalMethod method, NotComputableReason reason)
    {
        Observed = observed;
        Expected = expected;
        ReferenceValue = referenceValue;
        Level = level;
        Method = method;
        Reason = reason == NotComputableReason.None && !(expected > 0) ? NotComputableReason.ZeroExpected : reason;
    }

    /// <summary>The observed count O (missing counts excluded).</summary>
    public long Observed { get; }

    /// <summary>The expected count E.</summary>
    public double Expected { get; }

    /// <summary>The value a ratio of 1 is shown as: 1 (ratio) or 100 (index).</summary>
    public double ReferenceValue { get; }

    /// <summary>The confidence level of <see cref="Interval"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>How the limits of O are computed.</summary>
    public CountIntervalMethod Method { get; }

    /// <summary>Why the ratio is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason { get; }

    /// <summary>True when the ratio has a value.</summary>
    public bool IsComputable => Reason == NotComputableReason.None;

    /// <summary>O / E × <see cref="ReferenceValue"/>, unrounded; NaN when not computable.</summary>
    public double Value => IsComputable ? Observed / Expected * ReferenceValue : double.NaN;

    /// <summary>The interval at <see cref="Level"/>; empty when not computable.</summary>
    public ConfidenceInterval Interval => IntervalAt(Level);

    /// <summary>Computes the ratio from strata.</summary>
    /// <param name="strata">The strata of the area with their reference rates.</param>
    /// <param name="referenceValue">1 for a ratio (default), 100 for an index.</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <param name="method">Limits for O (exact below 10, else Byar, by default).</param>
    /// <param name="missing">Whether a missing band count makes the ratio not computable (default) or counts as 0 (PHE).</param>
    /// <returns>The ratio, possibly not computable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strata"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceValue"/> is not positive.</exception>
    public static IndirectlyStandardisedRatio Create(IEnumerable<IndirectStratumCount> strata, double referenceValue = 1, ConfidenceLevel level = default,
        CountIntervalMethod method = CountIntervalMethod.ExactBelowTenElseByar, MissingStratumCount missing = MissingStratumCount.NotComputable)
    {
        ArgumentNullException.ThrowIfNull(strata);
        var (observed, expected, _, _, reason) = Sum(strata, missing);
        return FromObservedAndExpected(observed, expected, referenceValue, level, method, reason);
    }

    /// <summary>A ratio from an observed count and an expected count computed elsewhere.</summary>
    /// <param name="observed">O, ≥ 0.</param>
    /// <param name="expected">E, ≥ 0 (0 gives a not-computable ratio).</param>
    /// <param name="referenceValue">1 for a ratio (default), 100 for an index.</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <param name="method">Limits for O.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative value, or a reference value that is not positive.</exception>
    public static IndirectlyStandardisedRatio FromObservedAndExpected(long observed, double expected, double referenceValue = 1, ConfidenceLevel level = default,
        CountIntervalMethod method = CountIntervalMethod.ExactBelowTenElseByar) =>
        FromObservedAndExpected(observed, expected, referenceValue, level, method, NotComputableReason.None);

    /// <summary>The same ratio with intervals at another level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The ratio.</returns>
    public IndirectlyStandardisedRatio WithConfidence(ConfidenceLevel level) => new(Observed, Expected, ReferenceValue, level, Method, Reason);

    /// <summary>The interval at another level: limits of O divided by E, × the reference value.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The interval; empty when not computable.</returns>
    public ConfidenceInterval IntervalAt(ConfidenceLevel level) =>
        IsComputable ? ConfidenceLimits.Poisson(Observed, level, Method).Scale(ReferenceValue / Expected) : ConfidenceInterval.Empty;

    /// <summary>Invariant text, e.g. <c>ISR 895/835.88 → 1.071 [1.002, 1.143]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the ratio, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (3 decimals for a ratio, 1 for an index), "R", or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, ReferenceValue >= 100 ? 1 : 3);
        var head = "ISR " + Formatting.Count(Observed, provider) + "/" + Formatting.Number(Expected, 2, provider) + " → ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        var text = head + Formatting.Number(Value, decimals, provider) + " " + Formatting.Interval(Interval, decimals, provider);
        return Level == ConfidenceLevel.Percent95 ? text : text + " " + Level.ToString(null, provider);
    }

    internal static IndirectlyStandardisedRatio FromObservedAndExpected(long observed, double expected, double referenceValue, ConfidenceLevel level,
        CountIntervalMethod method, NotComputableReason reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(observed);
        if (!(expected >= 0 && double.IsFinite(expected)))
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, "The expected count must be zero or positive.");
        }
        if (!(referenceValue > 0 && double.IsFinite(referenceValue)))
        {
            throw new ArgumentOutOfRangeException(nameof(referenceValue), referenceValue, "The reference value must be positive (1 or 100).");
        }
        return new IndirectlyStandardisedRatio(observed, expected, referenceValue, level, method, reason);
    }

    internal static (long Observed, double Expected, double ReferenceCount, double ReferencePopulation, NotComputableReason Reason) Sum(IEnumerable<IndirectStratumCount> strata, MissingStratumCount missing)
    {
        long observed = 0;
        double expected = 0, referenceCount = 0, referencePopulation = 0;
        var reason = NotComputableReason.None;
        foreach (var s in strata)
        {
            if ((s.Count ?? (missing == MissingStratumCount.Zero ? 0 : null)) is { } x)
            {
                observed += x;
            }
            else
            {
                reason = First(reason, NotComputableReason.MissingCount);
            }
            if (s.ReferenceCount is not { } rc || s.ReferencePopulation is not { } rp || rp == 0)
            {
                reason = First(reason, NotComputableReason.InvalidReference);
                continue;
            }
            referenceCount += rc;
            referencePopulation += rp;
            if (s.Population is { } n)
            {
                expected += rc / rp * n;
            }
            else
            {
                reason = First(reason, NotComputableReason.MissingDenominator);
            }
        }
        return (observed, expected, referenceCount, referencePopulation, reason);
    }

    private static NotComputableReason First(NotComputableReason current, NotComputableReason next) =>
        current == NotComputableReason.None ? next : current;
}
