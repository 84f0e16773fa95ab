using System.Globalization;
using Kpr.Core.Disclosure;
using Kpr.Core.Measures;

namespace Kpr.Core.Publishing;

/// <summary>
/// One cell of a <see cref="PublishedTable"/>: a value and its status. The one vocabulary for what a published cell
/// shows: <see cref="CellStatus.Shown"/> with its value (a dimension id, a count, a measure), hidden
/// (<see cref="CellStatus.Suppressed"/>, with the <see cref="SuppressionReason"/>), or not computable
/// (<see cref="CellStatus.NotApplicable"/>, e.g. a rate over a zero population).
/// </summary>
/// <remarks>
/// Output convention (a public contract of <c>kpr</c>): hidden is <c>:</c> in text and CSV (SSB's symbol for "cannot
/// be published") and null with <c>&lt;column&gt;_suppressed: true</c> in JSON; not computable is an empty CSV cell and
/// null in JSON. Values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or null;
/// a hidden cell keeps no value. Immutable value type.
/// </remarks>
public readonly struct PublishedCell : IEquatable<PublishedCell>
{
    private PublishedCell(object? value, CellStatus status, SuppressionReason reason)
    {
        Value = value;
        Status = status;
        Reason = reason;
    }

    /// <summary>The value when shown (string, long, double or bool), else null.</summary>
    public object? Value { get; }

    /// <summary>Shown, hidden (suppressed) or not computable.</summary>
    public CellStatus Status { get; }

    /// <summary>Why the cell is hidden; <see cref="SuppressionReason.None"/> when it is not.</summary>
    public SuppressionReason Reason { get; }

    /// <summary>Whether the cell is hidden by disclosure control.</summary>
    public bool IsHidden => Status == CellStatus.Suppressed;

    /// <summary>A shown value; null (or a non-finite double) is not computable.</summary>
    /// <param name="value">A string, integer, double or bool, or null.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">A value of another type.</exception>
    public static PublishedCell Shown(object? value) => value switch
    {
        null => new(null, CellStatus.NotApplicable, SuppressionReason.None),
        double d when !double.IsFinite(d) => new(null, CellStatus.NotApplicable, SuppressionReason.None),
        int i => new((long)i, CellStatus.Shown, SuppressionReason.None),
        string or long or double or bool => new(value, CellStatus.Shown, SuppressionReason.None),
        _ => throw new ArgumentException($"A published value is a string, integer, double or bool, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A cell hidden by disclosure control.</summary>
    /// <param name="reason">Why (not <see cref="SuppressionReason.None"/>).</param>
    /// <returns>The cell.</returns>
    public static PublishedCell Hidden(SuppressionReason reason) =>
        new(null, CellStatus.Suppressed, reason == SuppressionReason.None ? SuppressionReason.Requested : reason);

    /// <summary>The number as a <see cref="PublishedValue"/> (for computing with published values).</summary>
    /// <returns>The published value.</returns>
    public PublishedValue ToPublishedValue() => Status switch
    {
        CellStatus.Shown => Value switch
        {
            long l => PublishedValue.Of(l),
            double d => PublishedValue.Of(d),
            _ => PublishedValue.NotApplicable,
        },
        _ => PublishedValue.Of(0, Status),
    };

    /// <summary>Invariant text for CSV: round-trip numbers, <c>:</c> when hidden, empty when not computable.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(null);

    /// <summary>Invariant text, numbers rounded to <paramref name="decimals"/> (half away from zero, see
    /// <see cref="PresentationRounding"/>) or round-trip when null; <c>:</c> when hidden, empty when not computable.</summary>
    /// <param name="decimals">Decimals for doubles, or null for full precision.</param>
    /// <returns>The text.</returns>
    public string Format(int? decimals) => Status switch
    {
        CellStatus.Suppressed => ":",
        CellStatus.Shown => Value switch
        {
            string s => s,
            long l => l.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            double d when decimals is { } n => (PresentationRounding.Round(d, n) + 0.0).ToString("F" + n.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            _ => "",
        },
        _ => "",
    };

    /// <inheritdoc/>
    public bool Equals(PublishedCell other) => Status == other.Status && Reason == other.Reason && Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Status, Reason);

    /// <summary>Equality of value, status and reason.</summary>
    /// <param name="left">The left cell.</param>
    /// <param name="right">The right cell.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PublishedCell left, PublishedCell right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left cell.</param>
    /// <param name="right">The right cell.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PublishedCell left, PublishedCell right) => !left.Equals(right);
}
