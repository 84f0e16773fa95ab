using System.Globalization;

namespace Kpr.Core.Population;

/// <summary>
/// A population figure, or the reason the data cannot give it (e.g. sex by municipality in 2018–2019, or the end
/// of 2025 which needs 1 January 2026). Never a silent zero.
/// </summary>
/// <remarks>
/// <para>Values are persons; they are whole numbers except where a divided municipality was distributed by
/// population weights during harmonisation, or for <see cref="PopulationReference.Mean"/>.</para>
/// <para>Equality: same availability and value, or same reason. Thread safety: immutable value type.</para>
/// </remarks>
public readonly struct PopulationFigure : IEquatable<PopulationFigure>
{
    private readonly double _value;
    private readonly string? _missing;

    private PopulationFigure(double value, string? missing)
    {
        _value = value;
        _missing = missing;
    }

    /// <summary>An available figure.</summary>
    /// <param name="value">Persons, ≥ 0.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public static PopulationFigure Of(double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A population is a finite number ≥ 0.");
        }
        return new PopulationFigure(value, null);
    }

    /// <summary>A figure the data cannot give.</summary>
    /// <param name="missing">What is missing, e.g. "population by sex for municipalities on 1 January 2019".</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="missing"/> is null.</exception>
    public static PopulationFigure NotAvailable(string missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return new PopulationFigure(double.NaN, missing);
    }

    /// <summary>True when the figure is available.</summary>
    public bool IsAvailable => _missing is null;

    /// <summary>What is missing when not available; null otherwise.</summary>
    public string? Missing => _missing;

    /// <summary>The number of persons.</summary>
    /// <exception cref="InvalidOperationException">Not available; the message names what is missing.</exception>
    public double Value => _missing is null ? _value : throw new InvalidOperationException("Population not available: " + _missing + ".");

    /// <summary>Gets the value when available.</summary>
    /// <param name="value">The persons, or NaN.</param>
    /// <returns>True when available.</returns>
    public bool TryGetValue(out double value)
    {
        value = _value;
        return _missing is null;
    }

    /// <summary>The value (round-trip, invariant) or <c>not available: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _missing is null ? _value.ToString("R", CultureInfo.InvariantCulture) : "not available: " + _missing;

    /// <inheritdoc/>
    public bool Equals(PopulationFigure other) =>
        _missing is null ? other._missing is null && _value.Equals(other._value) : string.Equals(_missing, other._missing, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PopulationFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _missing is null ? _value.GetHashCode() : StringComparer.Ordinal.GetHashCode(_missing);

    /// <summary>Equality.</summary>
    /// <param name="left">A figure.</param>
    /// <param name="right">A figure.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PopulationFigure left, PopulationFigure right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A figure.</param>
    /// <param name="right">A figure.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PopulationFigure left, PopulationFigure right) => !left.Equals(right);
}
