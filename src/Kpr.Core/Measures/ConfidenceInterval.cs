using System.Globalization;

namespace Kpr.Core.Measures;

/// <summary>
/// A two-sided confidence interval [<see cref="Lower"/>, <see cref="Upper"/>] on the scale of the measure it belongs
/// to (e.g. per 1000), with the level and the method that produced it.
/// </summary>
/// <remarks>
/// <para>Equality compares lower, upper, level and method exactly. Limits are unrounded; round only for display.</para>
/// <para><see cref="Empty"/> (also <c>default</c>) has NaN limits and method <see cref="IntervalMethod.None"/>; it is
/// what a not-computable measure returns.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>, IFormattable
{
    private readonly double _lower;
    private readonly double _upper;
    private readonly bool _hasValue;

    private ConfidenceInterval(double lower, double upper, ConfidenceLevel level, IntervalMethod method)
    {
        _lower = lower;
        _upper = upper;
        _hasValue = true;
        Level = level;
        Method = method;
    }

    /// <summary>No interval: NaN limits, method <see cref="IntervalMethod.None"/>.</summary>
    public static ConfidenceInterval Empty => default;

    /// <summary>The lower limit (NaN when <see cref="IsEmpty"/>).</summary>
    public double Lower => _hasValue ? _lower : double.NaN;

    /// <summary>The upper limit (NaN when <see cref="IsEmpty"/>).</summary>
    public double Upper => _hasValue ? _upper : double.NaN;

    /// <summary>The confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>The method that produced the limits.</summary>
    public IntervalMethod Method { get; }

    /// <summary>True when there is no interval.</summary>
    public bool IsEmpty => !_hasValue;

    /// <summary>Upper − lower (NaN when empty).</summary>
    public double Width => Upper - Lower;

    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower limit.</param>
    /// <param name="upper">The upper limit, not below <paramref name="lower"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="method">The method that produced the limits.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">A limit is NaN or lower &gt; upper.</exception>
    public static ConfidenceInterval Create(double lower, double upper, ConfidenceLevel level, IntervalMethod method)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || lower > upper)
        {
            throw new ArgumentException($"An interval needs lower <= upper, got [{lower.ToString("R", CultureInfo.InvariantCulture)}, {upper.ToString("R", CultureInfo.InvariantCulture)}].", nameof(lower));
        }
        return new ConfidenceInterval(lower, upper, level, method);
    }

    /// <summary>True when <paramref name="value"/> lies within the closed interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the interval contains the value (false when empty).</returns>
    public bool Contains(double value) => _hasValue && value >= _lower && value <= _upper;

    /// <summary>The same interval with both limits multiplied by a positive factor (a change of scale, e.g. fraction to percent).</summary>
    /// <param name="factor">The factor, &gt; 0.</param>
    /// <returns>The scaled interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not positive and finite.</exception>
    public ConfidenceInterval Scale(double factor)
    {
        if (!(factor > 0 && double.IsFinite(factor)))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The scale factor must be positive and finite.");
        }
        return _hasValue ? new ConfidenceInterval(_lower * factor, _upper * factor, Level, Method) : this;
    }

    /// <inheritdoc />
    public bool Equals(ConfidenceInterval other) =>
        _hasValue == other._hasValue && _lower.Equals(other._lower) && _upper.Equals(other._upper)
        && Level == other.Level && Method == other.Method;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_hasValue, _lower, _upper, Level, Method);

    /// <summary>Exact equality (see <see cref="Equals(ConfidenceInterval)"/>).</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);

    /// <summary>Invariant text with full precision, e.g. <c>[6.193, 20.96] 95% Byar</c>; <c>NA</c> when empty.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats the limits, rounded half away from zero.</summary>
    /// <param name="format">null or "G" (3 decimals), "R" (round-trip), or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;" for n decimals.</param>
    /// <param name="formatProvider">The culture (nb-NO gives <c>[6,2; 21,0] 95 %</c>); invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        if (!_hasValue)
        {
            return "NA";
        }
        return Formatting.Interval(this, Formatting.Decimals(format, 3), provider) + " " + Level.ToString(null, provider) + " " + Method;
    }
}
