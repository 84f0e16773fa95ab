using System.Globalization;

namespace Kpr.Core.Measures;

/// <summary>
/// One stratum (usually an age band) of an area for direct standardisation: the count of events or persons and the
/// population at risk in that band.
/// </summary>
/// <remarks>Equality compares band (ordinal), count and population exactly. Thread safety: immutable value type.</remarks>
public readonly struct StratumCount : IEquatable<StratumCount>
{
    private readonly string? _band;

    private StratumCount(string band, long? count, double population)
    {
        _band = band;
        Count = count;
        Population = population;
    }

    /// <summary>The band label, matched against the standard population's bands.</summary>
    public string Band => _band ?? "";

    /// <summary>The count in the band, or null when missing (the standardised rate is then not computable).</summary>
    public long? Count { get; }

    /// <summary>The population of the band (≥ 0; a zero population makes the standardised rate not computable).</summary>
    public double Population { get; }

    /// <summary>Creates a stratum.</summary>
    /// <param name="band">The band label, e.g. "85-89".</param>
    /// <param name="count">The count, ≥ 0, or null when missing.</param>
    /// <param name="population">The population, ≥ 0.</param>
    /// <returns>The stratum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or population.</exception>
    public static StratumCount Create(string band, long? count, double population)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The count of band '{band}' cannot be negative.");
        }
        if (!(population >= 0 && double.IsFinite(population)))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, $"The population of band '{band}' must be zero or positive.");
        }
        return new StratumCount(band, count, population);
    }

    /// <inheritdoc />
    public bool Equals(StratumCount other) =>
        string.Equals(Band, other.Band, StringComparison.Ordinal) && Count == other.Count && Population.Equals(other.Population);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StratumCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Band), Count, Population);

    /// <summary>Equality of band, count and population.</summary>
    /// <param name="left">The first stratum.</param>
    /// <param name="right">The second stratum.</param>
    public static bool operator ==(StratumCount left, StratumCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first stratum.</param>
    /// <param name="right">The second stratum.</param>
    public static bool operator !=(StratumCount left, StratumCount right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>85-89: 82/123</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Band + ": " + (Count?.ToString(CultureInfo.InvariantCulture) ?? "NA") + "/" + Population.ToString("R", CultureInfo.InvariantCulture);
}
