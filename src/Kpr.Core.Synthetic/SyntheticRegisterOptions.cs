namespace Kpr.Core.Synthetic;

/// <summary>Options of <see cref="SyntheticRegister"/>: seed, years and size (persons or episodes).</summary>
/// <threadsafety>Immutable.</threadsafety>
public sealed class SyntheticRegisterOptions
{
    private SyntheticRegisterOptions(int seed, int firstYear, int lastYear, long? persons, long? episodes)
    {
        Seed = seed;
        FirstYear = firstYear;
        LastYear = lastYear;
        Persons = persons;
        Episodes = episodes;
    }

    /// <summary>The default seed of the generator (2019, the pandemic report's baseline year; any seed gives a
    /// register with the same calibrated shape).</summary>
    public const int DefaultSeed = 2019;

    /// <summary>The seed: same seed and options, same register, episode for episode.</summary>
    public int Seed { get; }

    /// <summary>The first year of the register window (episodes overlap [1 January first, 31 December last]).</summary>
    public int FirstYear { get; }

    /// <summary>The last year of the window.</summary>
    public int LastYear { get; }

    /// <summary>The number of persons to generate, or null when sized by <see cref="Episodes"/>.</summary>
    public long? Persons { get; }

    /// <summary>The exact number of episodes to generate, or null when sized by <see cref="Persons"/>.</summary>
    public long? Episodes { get; }

    /// <summary>
    /// The share of the synthetic national universe this register covers: <see cref="Persons"/> /
    /// <see cref="SyntheticRegister.NationalPersons"/> (the persons are a simple random sample of it, so counts scale by
    /// this fraction and rates per 1 000 need the population multiplied by it); null when sized by episodes (the fraction
    /// is known only after generation).
    /// </summary>
    public double? SamplingFraction => Persons is { } p ? (double)p / SyntheticRegister.NationalPersons : null;

    /// <summary>Options for a number of persons of the synthetic universe (<see cref="SyntheticRegister.NationalPersons"/>
    /// is the whole country); those without an episode in the window are left out.</summary>
    /// <param name="persons">Persons (≥ 0).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="firstYear">First year (2018–2025).</param>
    /// <param name="lastYear">Last year (first year–2025).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static SyntheticRegisterOptions ForPersons(long persons, int seed = DefaultSeed, int firstYear = 2018, int lastYear = 2023)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        CheckYears(firstYear, lastYear);
        return new SyntheticRegisterOptions(seed, firstYear, lastYear, persons, null);
    }

    /// <summary>Options for an exact number of episodes (the last person may be cut short).</summary>
    /// <param name="episodes">Episodes (≥ 0).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="firstYear">First year (2018–2025).</param>
    /// <param name="lastYear">Last year (first year–2025).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static SyntheticRegisterOptions ForEpisodes(long episodes, int seed = DefaultSeed, int firstYear = 2018, int lastYear = 2023)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(episodes);
        CheckYears(firstYear, lastYear);
        return new SyntheticRegisterOptions(seed, firstYear, lastYear, null, episodes);
    }

    private static void CheckYears(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 2018);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, 2025);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
    }
}
