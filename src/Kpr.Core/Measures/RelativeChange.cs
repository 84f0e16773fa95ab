using System.Globalization;
using Kpr.Core.Formatting;

namespace Kpr.Core.Measures;

/// <summary>
/// The relative change from a reference value to a current value, in <b>percent</b>:
/// 100 · (current − reference) / reference (e.g. 80 404 → 104 003 is +29.4 %). Not percentage points: the
/// difference of two shares is a <see cref="PercentagePointChange"/>.
/// </summary>
/// <remarks>
/// <para><b>Missing data.</b> A missing value or reference, or a zero reference, gives a not-computable change (NaN,
/// <see cref="Reason"/> says why). Values must be finite; a negative reference is accepted (the sign of the change
/// then follows the formula literally).</para>
/// <para><b>Rounding.</b> Computed from unrounded values; <see cref="ToString()"/> rounds for display only.</para>
/// <para><b>Equality</b> is exact equality of current and reference values. Not ordered.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
[TypeFormatterSource(typeof(MeasureFormatterSource))]
public readonly struct RelativeChange : IEquatable<RelativeChange>, IFormattable
{
    private readonly double _current;
    private readonly double _reference;
    private readonly NotComputableReason _reason;

    private RelativeChange(double current, double reference, NotComputableReason reason)
    {
        _current = current;
        _reference = reference;
        _reason = reason;
    }

    /// <summary>The current value, or null when missing.</summary>
    public double? Current => _reason == NotComputableReason.MissingValue ? null : _current;

    /// <summary>The reference (baseline) value, or null when missing.</summary>
    public double? Reference => _reason == NotComputableReason.MissingBaseline ? null : _reference;

    /// <summary>True when the change has a value.</summary>
    public bool IsComputable => Reason == NotComputableReason.None;

    /// <summary>Why the change is not computable, or <see cref="NotComputableReason.None"/>.</summary>
    public NotComputableReason Reason => _reason == NotComputableReason.None && _reference == 0 ? NotComputableReason.ZeroBaseline : _reason;

    /// <summary>100 · (current − reference) / reference, in percent; NaN when not computable.</summary>
    public double Percent => IsComputable ? 100 * (_current - _reference) / _reference : double.NaN;

    /// <summary>The same as <see cref="Percent"/> (the value of this measure).</summary>
    public double Value => Percent;

    /// <summary>current − reference (the absolute change, e.g. excess deaths); NaN when a value is missing.</summary>
    public double Difference => Current is { } c && Reference is { } r ? c - r : double.NaN;

    /// <summary>current / reference; NaN when not computable.</summary>
    public double Ratio => IsComputable ? _current / _reference : double.NaN;

    /// <summary>Creates the change from <paramref name="reference"/> to <paramref name="current"/>.</summary>
    /// <param name="current">The current value, or null when missing.</param>
    /// <param name="reference">The reference value, or null when missing.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static RelativeChange Create(double? current, double? reference)
    {
        if (current is { } c && !double.IsFinite(c))
        {
            throw new ArgumentOutOfRangeException(nameof(current), current, "The value must be finite.");
        }
        if (reference is { } r && !double.IsFinite(r))
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference, "The reference value must be finite.");
        }
        var reason = current is null ? NotComputableReason.MissingValue
            : reference is null ? NotComputableReason.MissingBaseline
            : NotComputableReason.None;
        return new RelativeChange(current ?? double.NaN, reference ?? double.NaN, reason);
    }

    /// <inheritdoc />
    public bool Equals(RelativeChange other) =>
        _current.Equals(other._current) && _reference.Equals(other._reference) && _reason == other._reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RelativeChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_current, _reference, _reason);

    /// <summary>Exact equality of the components.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    public static bool operator ==(RelativeChange left, RelativeChange right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    public static bool operator !=(RelativeChange left, RelativeChange right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>80404 → 104003: +29.4 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the change, rounded half away from zero for display.</summary>
    /// <param name="format">null or "G" (1 decimal), "R", or "F&lt;n&gt;"/"N&lt;n&gt;"/"&lt;n&gt;".</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var head = (Reference is { } r ? Formatting.Count(r, provider) : "NA") + " → " + (Current is { } c ? Formatting.Count(c, provider) : "NA") + ": ";
        if (!IsComputable)
        {
            return head + Reason.Describe();
        }
        return head + Signed(Percent, Formatting.Decimals(format, 1), provider) + Formatting.PerText(100, provider);
    }

    internal static string Signed(double value, int decimals, IFormatProvider provider)
    {
        var text = Formatting.Number(value, decimals, provider);
        return value > 0 && PresentationRounding.Round(value, Math.Max(decimals, 0)) > 0 ? "+" + text : text;
    }
}
