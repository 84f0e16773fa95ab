using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// A share: <see cref="Count"/> of <see cref="Denominator"/> (0 ≤ count ≤ denominator), expressed per
/// <see cref="Per"/> (100 by default: percent; 1 gives a fraction), with Wilson score confidence limits as
/// PHEindicatormethods' <c>phe_proportion</c>.
/// </summary>
/// <remarks>
/// <para><b>Missing data.</b> A missing count or denominator, or a zero denominator, gives a not-computable share
/// (<see cref="IsComputable"/> false, NaN value, empty interval, <see cref="Reason"/> says why). Impossible input
/// (a negative value, a count above its denominator) throws <see cref="ArgumentException"/>.</para>
/// <para><b>Differences.</b> <c>a − b</c> of two shares is a <see cref="PercentagePointChange"/>, not a share and not a
/// percent change; it is computed from the unrounded fractions.</para>
/// <para><b>Rounding.</b> Nothing is rounded; <see cref="ToString()"/> rounds for display only (half away from zero).</para>
/// <para><b>Equality</b> is exact equality of count, denominator, multiplier and level: 1/2 and 2/4 are different
/// shares. Shares are not ordered.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public readonly struct Proportion : IEquatable<Proportion>, IFormattable
{
    /// <summary>The default multiplier: percent.</summary>
    public const double DefaultPer = 100;

    private readonly long _count;
    private readonly long _denominator;
    private readonly double _perOffset; // Per - DefaultPer, so default(Proportion) is 0/0 in percent.
    private readonly NotComputableReason _reason;

    private Proportion(long count, long denominator, double per, ConfidenceLevel level, NotComputableReason reason)
    {
        _count = count;
        _denominator = denominator;
        _perOffset = per - DefaultPer;
        Level = level;
        _reason = reason;
    }

    /// <summary>The count (numerator), or null when missing.</summary>
    public long? Count => _reason == NotComputableReason.MissingCount ? null : _count;

    /// <summary>The denominator, or null when missing.</summary>
    public long? Denominator => _reason == NotComputableReason.MissingDenominator ? null : _denominator;

    /// <summary>The multiplier: 100 for percent, 1 for a fraction.</summary>
    public double Per => _perOffset + DefaultPer;

    /// <summary>The confidence level of <see cref="Interval"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>True when the share has a value.</summary>
    public bool IsComputable => Reason == NotComputableReason.None;

    /// <summary>Why the share is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason => _reason == NotComputableReason.None && _denominator == 0 ? NotComputableReason.ZeroDenominator : _reason;

    /// <summary>count / denominator as a fraction in [0, 1], unrounded; NaN when not computable.</summary>
    public double Fraction => IsComputable ? (double)_count / _denominator : double.NaN;

    /// <summary>count / denominator × Per (percent by default); NaN when not computable.</summary>
    public double Value => Fraction * Per;

    /// <summary>The Wilson score interval at <see cref="Level"/> on the scale of <see cref="Value"/>; empty when not computable.</summary>
    public ConfidenceInterval Interval => IntervalAt(Level);

    /// <summary>Creates a share, e.g. <c>Proportion.Create(65, 100)</c> = 65 %; either value may be missing.</summary>
    /// <param name="count">The count, 0 ≤ count ≤ denominator, or null when missing.</param>
    /// <param name="denominator">The denominator, ≥ 0 (0 gives a not-computable share), or null when missing.</param>
    /// <param name="per">The multiplier: 100 (percent, default), 1 (fraction), 1000 (per mille), …</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative value or a multiplier that is not positive.</exception>
    /// <exception cref="ArgumentException">The count exceeds the denominator.</exception>
    public static Proportion Create(long? count, long? denominator, double per = DefaultPer, ConfidenceLevel level = default)
    {
        if (!(per > 0 && double.IsFinite(per)))
        {
            throw new ArgumentOutOfRangeException(nameof(per), per, "The multiplier must be positive and finite (100 for percent, 1 for a fraction).");
        }
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }
        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "A denominator cannot be negative.");
        }
        if (count > denominator)
        {
            throw new ArgumentException($"The count ({count}) of a proportion cannot exceed its denominator ({denominator}).", nameof(count));
        }
        var reason = count is null ? NotComputableReason.MissingCount
            : denominator is null ? NotComputableReason.MissingDenominator
            : NotComputableReason.None;
        return new Proportion(count ?? 0, denominator ?? 0, per, level, reason);
    }

    /// <summary>The same share with intervals at another confidence level.</summary>
    /// <param name="level">The level, e.g. 0.998.</param>
    /// <returns>The share.</returns>
    public Proportion WithConfidence(ConfidenceLevel level) => new(_count, _denominator, Per, level, _reason);

    /// <summary>The same share per another multiplier (1 for a fraction, 100 for percent).</summary>
    /// <param name="per">The multiplier, &gt; 0.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not positive and finite.</exception>
    public Proportion WithPer(double per)
    {
        if (!(per > 0 && double.IsFinite(per)))
        {
            throw new ArgumentOutOfRangeException(nameof(per), per, "The multiplier must be positive and finite.");
        }
        return new(_count, _denominator, per, Level, _reason);
    }

    /// <summary>The Wilson interval at another level, on the scale of <see cref="Value"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The interval; empty when not computable.</returns>
    public ConfidenceInterval IntervalAt(ConfidenceLevel level) =>
        IsComputable ? ConfidenceLimits.Wilson(_count, _denominator, level).Scale(Per) : ConfidenceInterval.Empty;

    /// <summary>Intervals at several levels at once.</summary>
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

    /// <summary>The percentage-point change from <paramref name="other"/> to this share (this − other), with
    /// Newcombe's hybrid score interval at this share's level.</summary>
    /// <param name="other">The share subtracted (e.g. last year's).</param>
    /// <returns>The change in percentage points.</returns>
    public PercentagePointChange Subtract(Proportion other) => PercentagePointChange.Between(this, other, Level);

    /// <summary>this − other in percentage points (see <see cref="Subtract"/>).</summary>
    /// <param name="left">The share a.</param>
    /// <param name="right">The share b.</param>
    /// <returns>a − b in percentage points.</returns>
    public static PercentagePointChange operator -(Proportion left, Proportion right) => left.Subtract(right);

    /// <inheritdoc />
    public bool Equals(Proportion other) =>
        _count == other._count && _denominator == other._denominator && _perOffset.Equals(other._perOffset)
        && Level == other.Level && _reason == other._reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Proportion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_count, _denominator, _perOffset, Level, _reason);

    /// <summary>Component-wise equality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    public static bool operator ==(Proportion left, Proportion right) => left.Equals(right);

    /// <summary>Component-wise inequality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    public static bool operator !=(Proportion left, Proportion right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>65/100 → 65.0 % [55.3, 73.6]</c> (3 decimals for a fraction).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the share, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (1 decimal; 3 for a fraction), "R" (round-trip), or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture (nb-NO: <c>65/100 → 65,0 % [55,3; 73,6]</c>); invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, Per == 1 ? 3 : 1);
        var head = (Count is { } c ? Formatting.Count(c, provider) : "NA") + "/" + (Denominator is { } d ? Formatting.Count(d, provider) : "NA") + " → ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        var text = head + Formatting.Number(Value, decimals, provider) + Formatting.PerText(Per, provider) + " " + Formatting.Interval(Interval, decimals, provider);
        return Level == ConfidenceLevel.Percent95 ? text : text + " " + Level.ToString(null, provider);
    }
}
