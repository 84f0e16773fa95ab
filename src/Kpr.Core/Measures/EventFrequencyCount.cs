using System.Globalization;

namespace Kpr.Core.Measures;

/// <summary>
/// For a directly standardised rate of <b>non-independent</b> events (a person may have several): the number of
/// persons in a band who had exactly <see cref="EventFrequency"/> events, with the band's population.
/// </summary>
/// <remarks>Equality compares all components exactly. Thread safety: immutable value type.</remarks>
public readonly struct EventFrequencyCount : IEquatable<EventFrequencyCount>
{
    private readonly string? _band;

    private EventFrequencyCount(string band, int eventFrequency, long? persons, double population)
    {
        _band = band;
        EventFrequency = eventFrequency;
        Persons = persons;
        Population = population;
    }

    /// <summary>The band label.</summary>
    public string Band => _band ?? "";

    /// <summary>The number of events each of these persons had (≥ 1).</summary>
    public int EventFrequency { get; }

    /// <summary>The number of persons with that many events, or null when missing.</summary>
    public long? Persons { get; }

    /// <summary>The population of the band.</summary>
    public double Population { get; }

    /// <summary>Creates a count of persons by event frequency.</summary>
    /// <param name="band">The band label.</param>
    /// <param name="eventFrequency">Events per person, ≥ 1.</param>
    /// <param name="persons">Persons with that many events, ≥ 0, or null when missing.</param>
    /// <param name="population">The band's population, ≥ 0.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A frequency below 1, or a negative count or population.</exception>
    public static EventFrequencyCount Create(string band, int eventFrequency, long? persons, double population)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentOutOfRangeException.ThrowIfLessThan(eventFrequency, 1);
        if (persons < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(persons), persons, $"The number of persons in band '{band}' cannot be negative.");
        }
        if (!(population >= 0 && double.IsFinite(population)))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, $"The population of band '{band}' must be zero or positive.");
        }
        return new EventFrequencyCount(band, eventFrequency, persons, population);
    }

    /// <inheritdoc />
    public bool Equals(EventFrequencyCount other) =>
        string.Equals(Band, other.Band, StringComparison.Ordinal) && EventFrequency == other.EventFrequency
        && Persons == other.Persons && Population.Equals(other.Population);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventFrequencyCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Band), EventFrequency, Persons, Population);

    /// <summary>Equality of all components.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    public static bool operator ==(EventFrequencyCount left, EventFrequencyCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    public static bool operator !=(EventFrequencyCount left, EventFrequencyCount right) => !left.Equals(right);

    /// <summary>Invariant text, e.g. <c>85-89: 10 persons × 2 events / 123</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Band + ": " + (Persons?.ToString(CultureInfo.InvariantCulture) ?? "NA") + " persons × " + EventFrequency.ToString(CultureInfo.InvariantCulture)
        + " events / " + Population.ToString("R", CultureInfo.InvariantCulture);
}
