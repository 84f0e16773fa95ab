using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// An indirectly standardised rate: the <see cref="IndirectlyStandardisedRatio"/> O / E times the reference
/// population's crude rate (Σ refcount / Σ refpop × Per), with the ratio's limits scaled the same way, as
/// PHEindicatormethods' <c>calculate_ISRate</c>.
/// </summary>
/// <remarks>
/// <para>Missing data as for the ratio; the rate is not computable exactly when the ratio is not.</para>
/// <para>Equality is reference equality. Thread safety: immutable.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public sealed class IndirectlyStandardisedRate : IFormattable
{
    private IndirectlyStandardisedRate(IndirectlyStandardisedRatio ratio, double referenceRate, double per)
    {
        Ratio = ratio;
        ReferenceRate = referenceRate;
        Per = per;
    }

    /// <summary>The underlying ratio O / E (reference value 1).</summary>
    public IndirectlyStandardisedRatio Ratio { get; }

    /// <summary>The reference population's crude rate per <see cref="Per"/>.</summary>
    public double ReferenceRate { get; }

    /// <summary>The multiplier.</summary>
    public double Per { get; }

    /// <summary>The confidence level of <see cref="Interval"/>.</summary>
    public ConfidenceLevel Level => Ratio.Level;

    /// <summary>Why the rate is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason => Ratio.Reason;

    /// <summary>True when the rate has a value.</summary>
    public bool IsComputable => Ratio.IsComputable;

    /// <summary>O / E × reference rate, per <see cref="Per"/>; NaN when not computable.</summary>
    public double Value => Ratio.Value * ReferenceRate;

    /// <summary>The interval at <see cref="Level"/>; empty when not computable.</summary>
    public ConfidenceInterval Interval => IntervalAt(Level);

    /// <summary>Computes the rate from strata.</summary>
    /// <param name="strata">The strata of the area with their reference counts and populations.</param>
    /// <param name="per">The multiplier, &gt; 0 (per 1000 by default).</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <param name="method">Limits for O (exact below 10, else Byar, by default).</param>
    /// <param name="missing">Whether a missing band count makes the rate not computable (default) or counts as 0 (PHE).</param>
    /// <returns>The rate, possibly not computable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strata"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not positive.</exception>
    public static IndirectlyStandardisedRate Create(IEnumerable<IndirectStratumCount> strata, double per = Rate.DefaultPer, ConfidenceLevel level = default,
        CountIntervalMethod method = CountIntervalMethod.ExactBelowTenElseByar, MissingStratumCount missing = MissingStratumCount.NotComputable)
    {
        ArgumentNullException.ThrowIfNull(strata);
        if (!(per > 0 && double.IsFinite(per)))
        {
            throw new ArgumentOutOfRangeException(nameof(per), per, "The multiplier must be positive and finite.");
        }
        var (observed, expected, referenceCount, referencePopulation, reason) = IndirectlyStandardisedRatio.Sum(strata, missing);
        var ratio = IndirectlyStandardisedRatio.FromObservedAndExpected(observed, expected, 1, level, method, reason);
        var referenceRate = referencePopulation > 0 ? referenceCount / referencePopulation * per : double.NaN;
        return new IndirectlyStandardisedRate(ratio, referenceRate, per);
    }

    /// <summary>The same rate with intervals at another level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The rate.</returns>
    public IndirectlyStandardisedRate WithConfidence(ConfidenceLevel level) => new(Ratio.WithConfidence(level), ReferenceRate, Per);

    /// <summary>The interval at another level: the ratio's limits × the reference rate.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The interval; empty when not computable.</returns>
    public ConfidenceInterval IntervalAt(ConfidenceLevel level) =>
        IsComputable ? Ratio.IntervalAt(level).Scale(ReferenceRate) : ConfidenceInterval.Empty;

    /// <summary>Invariant text, e.g. <c>ISR 895/835.88 → 10011.1 per 100000 [9365.9, 10689.1]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the rate, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (1 decimal), "R", or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, 1);
        var head = "ISR " + Formatting.Count(Ratio.Observed, provider) + "/" + Formatting.Number(Ratio.Expected, 2, provider) + " → ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        var text = head + Formatting.Number(Value, decimals, provider) + Formatting.PerText(Per, provider) + " " + Formatting.Interval(Interval, decimals, provider);
        return Level == ConfidenceLevel.Percent95 ? text : text + " " + Level.ToString(null, provider);
    }
}
