using System.Globalization;
using Kpr.Core.Formatting;
using Kpr.Core.Population;

namespace Kpr.Core.Measures;

/// <summary>
/// A crude rate: a count of events or persons per <see cref="Per"/> of a population (per 1000 by default, the KPR
/// convention), with confidence limits for the count treated as Poisson: exact (chi-square) limits when the count is
/// below 10, Byar's method otherwise, as PHEindicatormethods' <c>phe_rate</c>.
/// </summary>
/// <remarks>
/// <para><b>Denominator.</b> The population is whatever the caller passes (for KPR rates per 1000: the population at the
/// year's end, i.e. SSB 1 January of the next year); it may be non-integer (a mean population, person-years). A count
/// may exceed the population (a rate of events, not a share).</para>
/// <para><b>Missing data.</b> A missing count, a missing population or a zero population gives a not-computable rate
/// (<see cref="IsComputable"/> false, <see cref="Value"/> NaN, <see cref="Interval"/> empty, <see cref="Reason"/> says
/// why) instead of an exception. Impossible input (negative count or population) throws.</para>
/// <para><b>Rounding.</b> Nothing is rounded; <see cref="ToString()"/> rounds for display only (half away from zero).</para>
/// <para><b>Equality</b> is exact equality of the components (count, population, multiplier, level, interval method):
/// 2/1000 and 4/2000 have the same value but are different rates. Rates are not ordered.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public readonly struct Rate : IEquatable<Rate>, IFormattable
{
    /// <summary>The KPR default multiplier: rates per 1000 inhabitants.</summary>
    public const double DefaultPer = 1000;

    private readonly long _count;
    private readonly double _population;
    private readonly double _perOffset; // Per - DefaultPer, so default(Rate) is 0/0 per 1000.
    private readonly NotComputableReason _reason;

    private Rate(long count, double population, double per, ConfidenceLevel level, CountIntervalMethod method, NotComputableReason reason)
    {
        _count = count;
        _population = population;
        _perOffset = per - DefaultPer;
        Level = level;
        Method = method;
        _reason = reason;
    }

    /// <summary>The count, or null when missing.</summary>
    public long? Count => _reason == NotComputableReason.MissingCount ? null : _count;

    /// <summary>The population (denominator), or null when missing.</summary>
    public double? Population => _reason == NotComputableReason.MissingDenominator ? null : _population;

    /// <summary>The multiplier: the rate is count / population × Per.</summary>
    public double Per => _perOffset + DefaultPer;

    /// <summary>The confidence level of <see cref="Interval"/> (95 % unless changed with <see cref="WithConfidence"/>).</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>How the limits are computed (exact below 10, else Byar, unless changed with <see cref="WithMethod"/>).</summary>
    public CountIntervalMethod Method { get; }

    /// <summary>True when the rate has a value.</summary>
    public bool IsComputable => Reason == NotComputableReason.None;

    /// <summary>Why the rate is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason => _reason == NotComputableReason.None && _population == 0 ? NotComputableReason.ZeroDenominator : _reason;

    /// <summary>count / population × Per, unrounded; NaN when not computable.</summary>
    public double Value => IsComputable ? _count / _population * Per : double.NaN;

    /// <summary>The confidence interval at <see cref="Level"/> on the scale of <see cref="Value"/>; empty when not computable.</summary>
    public ConfidenceInterval Interval => IntervalAt(Level);

    /// <summary>Creates a rate of <paramref name="count"/> per <paramref name="per"/> of <paramref name="population"/>,
    /// e.g. <c>Rate.Create(12, 1000)</c>; either value may be missing (an empty cell of a table).</summary>
    /// <param name="count">The count, ≥ 0, or null when missing.</param>
    /// <param name="population">The population, ≥ 0, or null when missing.</param>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <returns>The rate; not computable when a value is missing or the population is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or population, a non-finite population, or a multiplier that is not positive.</exception>
    public static Rate Create(long? count, double? population, double per = DefaultPer, ConfidenceLevel level = default)
    {
        CheckPer(per);
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }
        if (population is { } p && !(p >= 0 && double.IsFinite(p)))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A population must be zero or positive and finite.");
        }
        var reason = count is null ? NotComputableReason.MissingCount
            : population is null ? NotComputableReason.MissingDenominator
            : NotComputableReason.None;
        return new Rate(count ?? 0, population ?? double.NaN, per, level, CountIntervalMethod.ExactBelowTenElseByar, reason);
    }

    /// <summary>Creates a rate per 1000 over a population figure from <see cref="PopulationTable"/>, e.g.
    /// <c>Rate.Create(412, PopulationTable.Default.ForHelsefellesskap("bergen", 2021, AgeGroup.Between(80, 89)))</c>;
    /// use <see cref="WithPer"/> and <see cref="WithConfidence"/> for another multiplier or level.</summary>
    /// <param name="count">The count, ≥ 0, or null when missing.</param>
    /// <param name="population">The population figure; must be available.</param>
    /// <returns>The rate at 95 %; not computable when the count is missing or the population is 0.</returns>
    /// <exception cref="ArgumentException">The figure is not available; the message says what the data cannot give
    /// (asking for it is a wrong question, not an empty cell).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public static Rate Create(long? count, PopulationFigure population)
    {
        if (!population.TryGetValue(out var persons))
        {
            throw new ArgumentException("Population not available: " + population.Missing + ".", nameof(population));
        }
        return Create(count, persons);
    }

    /// <summary>The same rate with intervals at another confidence level.</summary>
    /// <param name="level">The level, e.g. 0.998.</param>
    /// <returns>The rate.</returns>
    public Rate WithConfidence(ConfidenceLevel level) => new(_count, _population, Per, level, Method, _reason);

    /// <summary>The same rate with another interval method (e.g. always exact).</summary>
    /// <param name="method">The method.</param>
    /// <returns>The rate.</returns>
    public Rate WithMethod(CountIntervalMethod method) => new(_count, _population, Per, Level, method, _reason);

    /// <summary>The same count and population expressed per another multiplier (e.g. 100 000).</summary>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not positive and finite.</exception>
    public Rate WithPer(double per)
    {
        CheckPer(per);
        return new(_count, _population, per, Level, Method, _reason);
    }

    /// <summary>The confidence interval at another level, on the scale of <see cref="Value"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The interval; empty when the rate is not computable.</returns>
    public ConfidenceInterval IntervalAt(ConfidenceLevel level) =>
        IsComputable ? ConfidenceLimits.Poisson(_count, level, Method).Scale(Per / _population) : ConfidenceInterval.Empty;

    /// <summary>Intervals at several levels at once (e.g. 95 % and 99.8 %).</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>One interval per level, in the same order.</returns>
    public ConfidenceInterval[] IntervalsAt(params ReadOnlySpan<ConfidenceLevel> levels)
    {
        var result = new ConfidenceInterval[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            result[i] = IntervalAt(levels[i]);
        }
        return result;
    }

    /// <summary>Pools two rates: counts and populations are added (e.g. two municipalities or two years).</summary>
    /// <param name="other">The other rate; must have the same multiplier.</param>
    /// <returns>The pooled rate, with this rate's level and method; not computable when either part has a missing value.</returns>
    /// <exception cref="ArgumentException">The multipliers differ.</exception>
    public Rate Merge(Rate other)
    {
        if (other.Per != Per)
        {
            throw new ArgumentException("Rates with different multipliers cannot be merged.", nameof(other));
        }
        long? count = Count is { } a && other.Count is { } b ? a + b : null;
        double? population = Population is { } p && other.Population is { } q ? p + q : null;
        return Create(count, population, Per, Level).WithMethod(Method);
    }

    /// <inheritdoc />
    public bool Equals(Rate other) =>
        _count == other._count && _population.Equals(other._population) && _perOffset.Equals(other._perOffset)
        && Level == other.Level && Method == other.Method && _reason == other._reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_count, _population, _perOffset, Level, Method, _reason);

    /// <summary>Component-wise equality (see remarks on the type).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Component-wise inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Invariant text with the components and one decimal, e.g. <c>12/1000 → 12.0 per 1000 [6.2, 21.0]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the rate, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (1 decimal), "R" (round-trip), or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;" for n decimals.</param>
    /// <param name="formatProvider">The culture: nb-NO gives <c>12/1000 → 12,0 per 1000 [6,2; 21,0]</c>; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, 1);
        var head = (Count is { } c ? Formatting.Count(c, provider) : "NA") + "/" + (Population is { } p ? Formatting.Count(p, provider) : "NA") + " → ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        var text = head + Formatting.Number(Value, decimals, provider) + Formatting.PerText(Per, provider) + " " + Formatting.Interval(Interval, decimals, provider);
        return Level == ConfidenceLevel.Percent95 ? text : text + " " + Level.ToString(null, provider);
    }

    private static void CheckPer(double per)
    {
        if (!(per > 0 && double.IsFinite(per)))
        {
            throw new ArgumentOutOfRangeException(nameof(per), per, "The multiplier must be positive and finite (e.g. 1000).");
        }
    }
}
