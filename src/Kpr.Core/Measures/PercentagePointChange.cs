using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// The difference between two shares, a − b, in <b>percentage points</b> (not a percent change), with Newcombe's
/// hybrid score interval (Newcombe 1998, method 10) for two independent proportions.
/// </summary>
/// <remarks>
/// <para>A fall from 51.6 % to 44.7 % is −6.9 percentage points; the relative change (−13.4 %) is a
/// <see cref="RelativeChange"/>. The difference is computed from the unrounded fractions of the two shares, whatever
/// their display multipliers.</para>
/// <para><b>Missing data.</b> Not computable when either share is not computable (<see cref="Reason"/> is the first
/// share's reason, else the second's).</para>
/// <para><b>Equality</b> is exact equality of the two shares and the level. Changes are not ordered.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public readonly struct PercentagePointChange : IEquatable<PercentagePointChange>, IFormattable
{
    private PercentagePointChange(Proportion first, Proportion second, ConfidenceLevel level)
    {
        First = first;
        Second = second;
        Level = level;
    }

    /// <summary>Share a (e.g. this year's).</summary>
    public Proportion First { get; }

    /// <summary>Share b, subtracted from a (e.g. last year's).</summary>
    public Proportion Second { get; }

    /// <summary>The confidence level of <see cref="Interval"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>True when both shares are computable.</summary>
    public bool IsComputable => First.IsComputable && Second.IsComputable;

    /// <summary>Why the change is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason => First.IsComputable ? Second.Reason : First.Reason;

    /// <summary>a − b as a difference of fractions, in [−1, 1]; NaN when not computable.</summary>
    public double Difference => IsComputable ? First.Fraction - Second.Fraction : double.NaN;

    /// <summary>a − b in percentage points (the difference of fractions × 100); NaN when not computable.</summary>
    public double Value => Difference * 100;

    /// <summary>Newcombe's interval at <see cref="Level"/>, in percentage points; empty when not computable.</summary>
    public ConfidenceInterval Interval => IntervalAt(Level);

    /// <summary>The change from <paramref name="second"/> to <paramref name="first"/>: first − second.</summary>
    /// <param name="first">Share a.</param>
    /// <param name="second">Share b.</param>
    /// <param name="level">The confidence level (95 % by default).</param>
    /// <returns>a − b in percentage points.</returns>
    public static PercentagePointChange Between(Proportion first, Proportion second, ConfidenceLevel level = default) => new(first, second, level);

    /// <summary>The same change with intervals at another level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The change.</returns>
    public PercentagePointChange WithConfidence(ConfidenceLevel level) => new(First, Second, level);

    /// <summary>Newcombe's interval at another level, in percentage points.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The interval; empty when not computable.</returns>
    public ConfidenceInterval IntervalAt(ConfidenceLevel level) =>
        IsComputable
            ? ConfidenceLimits.NewcombeDifference(First.Count!.Value, First.Denominator!.Value, Second.Count!.Value, Second.Denominator!.Value, level).Scale(100)
            : ConfidenceInterval.Empty;

    /// <summary>b − a: the same change seen the other way round.</summary>
    /// <returns>The reversed change.</returns>
    public PercentagePointChange Negate() => new(Second, First, Level);

    /// <summary>b − a (see <see cref="Negate"/>).</summary>
    /// <param name="change">The change.</param>
    /// <returns>The reversed change.</returns>
    public static PercentagePointChange operator -(PercentagePointChange change) => change.Negate();

    /// <inheritdoc />
    public bool Equals(PercentagePointChange other) => First == other.First && Second == other.Second && Level == other.Level;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentagePointChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Second, Level);

    /// <summary>Exact equality of both shares and the level.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    public static bool operator ==(PercentagePointChange left, PercentagePointChange right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    public static bool operator !=(PercentagePointChange left, PercentagePointChange right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>56/70 − 48/80 → 20.0 pp [5.2, 33.4]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the change in percentage points, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (1 decimal), "R", or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture (nb-NO uses decimal comma and "[l; u]"); invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var decimals = Formatting.Decimals(format, 1);
        var head = Part(First, provider) + " − " + Part(Second, provider) + " → ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        var text = head + Formatting.Number(Value, decimals, provider) + " pp " + Formatting.Interval(Interval, decimals, provider);
        return Level == ConfidenceLevel.Percent95 ? text : text + " " + Level.ToString(null, provider);
    }

    private static string Part(Proportion p, IFormatProvider provider) =>
        (p.Count is { } c ? Formatting.Count(c, provider) : "NA") + "/" + (p.Denominator is { } d ? Formatting.Count(d, provider) : "NA");
}
