using System.Globalization;

namespace Kpr.Core.Disclosure;

/// <summary>
/// A value as it may be published: a number with a <see cref="CellStatus"/>. Values computed from published values
/// (rates, shares, changes) carry the combined status, so a rate or change computed from a suppressed count is
/// suppressed too.
/// </summary>
/// <remarks>
/// Equality compares status and value exactly; all non-shown values of the same status are equal (their number is
/// not part of the published value). <see cref="ToString()"/> is invariant: the number (round-trip) or the SSB symbol.
/// Immutable value type.
/// </remarks>
public readonly struct PublishedValue : IEquatable<PublishedValue>, IFormattable
{
    private readonly double _value;

    private PublishedValue(double value, CellStatus status)
    {
        _value = status == CellStatus.Shown ? value : 0;
        Status = status;
    }

    /// <summary>The status: shown, or the reason there is no number.</summary>
    public CellStatus Status { get; }

    /// <summary>Whether the number is shown.</summary>
    public bool IsShown => Status == CellStatus.Shown;

    /// <summary>The number, or null when it is not shown (what JSON output writes, next to <see cref="CellStatusExtensions.JsonFlag"/>).</summary>
    public double? ValueOrNull => IsShown ? _value : null;

    /// <summary>A suppressed value (<c>:</c>).</summary>
    public static PublishedValue Suppressed => new(0, CellStatus.Suppressed);

    /// <summary>A value that cannot occur or be computed (<c>.</c>).</summary>
    public static PublishedValue NotApplicable => new(0, CellStatus.NotApplicable);

    /// <summary>A missing value (<c>..</c>).</summary>
    public static PublishedValue Missing => new(0, CellStatus.Missing);

    /// <summary>A shown value; a non-finite number becomes <see cref="NotApplicable"/>.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The published value.</returns>
    public static PublishedValue Of(double value) => double.IsFinite(value) ? new(value, CellStatus.Shown) : NotApplicable;

    /// <summary>A value with a given status (the number is kept only when shown).</summary>
    /// <param name="value">The number.</param>
    /// <param name="status">The status.</param>
    /// <returns>The published value.</returns>
    public static PublishedValue Of(double value, CellStatus status) =>
        status == CellStatus.Shown ? Of(value) : new(0, status);

    /// <summary>
    /// <paramref name="scale"/> · numerator / denominator (a share with scale 100, a rate per 1000 with 1000): suppressed
    /// when either input is, not applicable when the denominator is zero.
    /// </summary>
    /// <param name="numerator">The count.</param>
    /// <param name="denominator">The denominator.</param>
    /// <param name="scale">The multiplier.</param>
    /// <returns>The ratio with the combined status.</returns>
    public static PublishedValue Ratio(PublishedValue numerator, PublishedValue denominator, double scale = 1) =>
        numerator.Combine(denominator, (n, d) => d == 0 ? double.NaN : scale * n / d);

    /// <summary>A value computed from this one; it keeps this value's status.</summary>
    /// <param name="compute">The computation on the number.</param>
    /// <returns>The derived value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compute"/> is null.</exception>
    public PublishedValue Map(Func<double, double> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return IsShown ? Of(compute(_value)) : this;
    }

    /// <summary>A value computed from this one and <paramref name="other"/> (e.g. a change between two years); its status
    /// is the more severe of the two, and a non-finite result is <see cref="NotApplicable"/>.</summary>
    /// <param name="other">The other input.</param>
    /// <param name="compute">The computation on the two numbers.</param>
    /// <returns>The derived value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compute"/> is null.</exception>
    public PublishedValue Combine(PublishedValue other, Func<double, double, double> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var status = Status.Combine(other.Status);
        return status == CellStatus.Shown ? Of(compute(_value, other._value)) : new(0, status);
    }

    /// <summary>The number when shown, else <paramref name="fallback"/>.</summary>
    /// <param name="fallback">What to return when the value is not shown.</param>
    /// <returns>The number or the fallback.</returns>
    public double GetValueOrDefault(double fallback = double.NaN) => IsShown ? _value : fallback;

    /// <inheritdoc/>
    public bool Equals(PublishedValue other) => Status == other.Status && _value.Equals(other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, _value);

    /// <summary>Equality of status and number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PublishedValue left, PublishedValue right) => left.Equals(right);

    /// <summary>Inequality of status or number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PublishedValue left, PublishedValue right) => !left.Equals(right);

    /// <summary>Invariant text: the round-trip number or the SSB symbol.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The number formatted with <paramref name="format"/> and <paramref name="formatProvider"/> (e.g. nb-NO),
    /// or the SSB symbol when the value is not shown.</summary>
    /// <param name="format">A numeric format string, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Status.FormatValue(_value, format, formatProvider ?? CultureInfo.InvariantCulture);
}
