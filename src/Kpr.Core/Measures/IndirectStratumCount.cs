using System.Globalization;

namespace Kpr.Core.Measures;

/// <summary>
/// One stratum (usually an age band) for indirect standardisation: the area's count and population, and the
/// reference population's count and population in the same band.
/// </summary>
/// <remarks>Equality compares all components exactly (band ordinally). Thread safety: immutable value type.</remarks>
public readonly struct IndirectStratumCount : IEquatable<IndirectStratumCount>
{
    private readonly string? _band;

    private IndirectStratumCount(string band, long? count, double? population, double? referenceCount, double? referencePopulation)
    {
        _band = band;
        Count = count;
        Population = population;
        ReferenceCount = referenceCount;
        ReferencePopulation = referencePopulation;
    }

    /// <summary>The band label (informational: the reference rate is given on the same row).</summary>
    public string Band => _band ?? "";

    /// <summary>The area's observed count in the band, or null when missing.</summary>
    public long? Count { get; }

    /// <summary>The area's population in the band (0 allowed: it contributes nothing to the expected count), or null when missing.</summary>
    public double? Population { get; }

    /// <summary>The reference count in the band, or null when missing.</summary>
    public double? ReferenceCount { get; }

    /// <summary>The reference population in the band, or null when missing.</summary>
    public double? ReferencePopulation { get; }

    /// <summary>Creates a stratum.</summary>
    /// <param name="band">The band label.</param>
    /// <param name="count">The area's count, ≥ 0, or null.</param>
    /// <param name="population">The area's population, ≥ 0, or null.</param>
    /// <param name="referenceCount">The reference count, ≥ 0, or null.</param>
    /// <param name="referencePopulation">The reference population, ≥ 0, or null.</param>
    /// <returns>The stratum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite value.</exception>
    public static IndirectStratumCount Create(string band, long? count, double? population, double? referenceCount, double? referencePopulation)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The count of band '{band}' cannot be negative.");
        }
        Check(population, nameof(population), band);
        Check(referenceCount, nameof(referenceCount), band);
        Check(referencePopulation, nameof(referencePopulation), band);
        return new IndirectStratumCount(band, count, population, referenceCount, referencePopulation);
    }

    /// <inheritdoc />
    public bool Equals(IndirectStratumCount other) =>
        string.Equals(Band, other.Band, StringComparison.Ordinal) && Count == other.Count && Nullable.Equals(Population, other.Population)
        && Nullable.Equals(ReferenceCount, other.ReferenceCount) && Nullable.Equals(ReferencePopulation, other.ReferencePopulation);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndirectStratumCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Band), Count, Population, ReferenceCount, ReferencePopulation);

    /// <summary>Equality of all components.</summary>
    /// <param name="left">The first stratum.</param>
    /// <param name="right">The second stratum.</param>
    public static bool operator ==(IndirectStratumCount left, IndirectStratumCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first stratum.</param>
    /// <param name="right">The second stratum.</param>
    public static bool operator !=(IndirectStratumCount left, IndirectStratumCount right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>85-89: 82/123 (reference 6210/15325)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Band + ": " + Text(Count) + "/" + Text(Population) + " (reference " + Text(ReferenceCount) + "/" + Text(ReferencePopulation) + ")";

    private static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "NA";

    private static void Check(double? value, string name, string band)
    {
        if (value is { } v && !(v >= 0 && double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {name} of band '{band}' must be zero or positive.");
        }
    }
}
