using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// A value compared with a baseline: the P-score 100 · (D − B) / B, where B is one period's value or the mean of
/// several periods (e.g. the same week of 2015–2019, or the same month of 2019), and the excess D − B.
/// Comparisons of a run of periods combine into a cumulative one (<see cref="Cumulative"/>).
/// </summary>
/// <remarks>
/// <para>This is the definition used by Our World in Data for excess mortality and by Helsedirektoratet for service
/// starts against the same month of 2019. The cumulative P-score is 100 · (ΣD − ΣB) / ΣB, not the mean of the
/// periods' P-scores.</para>
/// <para><b>Missing data.</b> A missing observed value, a missing baseline period, or a zero baseline gives a
/// not-computable comparison (NaN, <see cref="Reason"/> says why).</para>
/// <para><b>Rounding.</b> The baseline mean is not rounded; <see cref="ToString()"/> rounds for display only.</para>
/// <para><b>Equality</b> is exact equality of observed, baseline and the two period counts. Not ordered.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public readonly struct BaselineComparison : IEquatable<BaselineComparison>, IFormattable
{
    private readonly RelativeChange _change;
    private readonly int _baselinePeriodsMinusOne; // so default(BaselineComparison) has 1 baseline period
    private readonly int _periodsMinusOne;

    private BaselineComparison(RelativeChange change, int baselinePeriods, int periods)
    {
        _change = change;
        _baselinePeriodsMinusOne = baselinePeriods - 1;
        _periodsMinusOne = periods - 1;
    }

    /// <summary>The observed value D (summed over <see cref="Periods"/> for a cumulative comparison), or null when missing.</summary>
    public double? Observed => _change.Current;

    /// <summary>The baseline B (a mean when <see cref="BaselinePeriods"/> &gt; 1; summed for a cumulative comparison), or null when missing.</summary>
    public double? Baseline => _change.Reference;

    /// <summary>How many periods the baseline of one comparison averages (e.g. 5 for 2015–2019).</summary>
    public int BaselinePeriods => _baselinePeriodsMinusOne + 1;

    /// <summary>How many observed periods this comparison covers (1, or the length of a cumulative run).</summary>
    public int Periods => _periodsMinusOne + 1;

    /// <summary>True when the comparison has a value.</summary>
    public bool IsComputable => _change.IsComputable;

    /// <summary>Why the comparison is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason => _change.Reason;

    /// <summary>The P-score 100 · (D − B) / B in percent; NaN when not computable.</summary>
    public double PScore => _change.Percent;

    /// <summary>The same as <see cref="PScore"/> (the value of this measure).</summary>
    public double Value => PScore;

    /// <summary>The excess D − B; NaN when a value is missing.</summary>
    public double Excess => _change.Difference;

    /// <summary>The comparison as a <see cref="RelativeChange"/> from B to D.</summary>
    public RelativeChange Change => _change;

    /// <summary>Compares <paramref name="observed"/> with a single baseline value.</summary>
    /// <param name="observed">The observed value D, or null when missing.</param>
    /// <param name="baseline">The baseline B, or null when missing.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static BaselineComparison Create(double? observed, double? baseline) => new(RelativeChange.Create(observed, baseline), 1, 1);

    /// <summary>Compares <paramref name="observed"/> with the mean of several baseline periods (e.g. 2015–2019).</summary>
    /// <param name="observed">The observed value D, or null when missing.</param>
    /// <param name="baselinePeriods">The baseline periods' values; a null value makes the comparison not computable.</param>
    /// <returns>The comparison with B = mean of the periods.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baselinePeriods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="baselinePeriods"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static BaselineComparison AgainstMean(double? observed, IEnumerable<double?> baselinePeriods)
    {
        ArgumentNullException.ThrowIfNull(baselinePeriods);
        var count = 0;
        var sum = 0.0;
        var missing = false;
        foreach (var value in baselinePeriods)
        {
            count++;
            if (value is { } v)
            {
                sum += v;
            }
            else
            {
                missing = true;
            }
        }
        if (count == 0)
        {
            throw new ArgumentException("A baseline needs at least one period.", nameof(baselinePeriods));
        }
        return new(RelativeChange.Create(observed, missing ? null : sum / count), count, 1);
    }

    /// <summary>
    /// Combines a run of comparisons (e.g. weeks 1–43) into one: ΣD against ΣB, so the cumulative P-score is
    /// 100 · (ΣD − ΣB) / ΣB and the cumulative excess is Σ(D − B).
    /// </summary>
    /// <param name="comparisons">The comparisons, at least one; all must average the same number of baseline periods.</param>
    /// <returns>The cumulative comparison; not computable when any part has a missing value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparisons"/> is null.</exception>
    /// <exception cref="ArgumentException">The sequence is empty or mixes baselines of different lengths.</exception>
    public static BaselineComparison Cumulative(IEnumerable<BaselineComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        double observed = 0, baseline = 0;
        bool missingObserved = false, missingBaseline = false;
        var periods = 0;
        var baselinePeriods = -1;
        foreach (var c in comparisons)
        {
            if (baselinePeriods >= 0 && c.BaselinePeriods != baselinePeriods)
            {
                throw new ArgumentException("Cannot combine comparisons whose baselines average different numbers of periods.", nameof(comparisons));
            }
            baselinePeriods = c.BaselinePeriods;
            periods += c.Periods;
            if (c.Observed is { } d) { observed += d; } else { missingObserved = true; }
            if (c.Baseline is { } b) { baseline += b; } else { missingBaseline = true; }
        }
        if (periods == 0)
        {
            throw new ArgumentException("A cumulative comparison needs at least one period.", nameof(comparisons));
        }
        return new(RelativeChange.Create(missingObserved ? null : observed, missingBaseline ? null : baseline), baselinePeriods, periods);
    }

    /// <inheritdoc />
    public bool Equals(BaselineComparison other) =>
        _change == other._change && _baselinePeriodsMinusOne == other._baselinePeriodsMinusOne && _periodsMinusOne == other._periodsMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BaselineComparison other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_change, _baselinePeriodsMinusOne, _periodsMinusOne);

    /// <summary>Exact equality of the components.</summary>
    /// <param name="left">The first comparison.</param>
    /// <param name="right">The second comparison.</param>
    public static bool operator ==(BaselineComparison left, BaselineComparison right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first comparison.</param>
    /// <param name="right">The second comparison.</param>
    public static bool operator !=(BaselineComparison left, BaselineComparison right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>862 vs 924.4: P-score -6.75 %, excess -62.4</c> (2 decimals).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the comparison, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (2 decimals), "R", or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, 2);
        var head = (Observed is { } d ? Formatting.Count(d, provider) : "NA") + " vs " + (Baseline is { } b ? Formatting.Count(b, provider) : "NA") + ": ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        return head + "P-score " + RelativeChange.Signed(PScore, decimals, provider) + Formatting.PerText(100, provider)
            + ", excess " + RelativeChange.Signed(Excess, decimals, provider);
    }
}
