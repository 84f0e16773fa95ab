using System.Globalization;
using Kpr.Core.Register;

namespace Kpr.Core.Synthetic;

/// <summary>
/// A seeded, deterministic generator of a synthetic national register calibrated to Helsedirektoratet's published
/// figures: persons drawn from SSB's population with the published age profile of KPR recipients, service careers
/// (home services, housing, welfare technology, time-limited stays, long-term care before death), moves, deaths, the
/// municipal reforms, the spring-2020 dip in new starts, and regional propensities per helsefellesskap. Streams person
/// by person, so it scales from a thousand to a hundred million episodes.
/// </summary>
/// <remarks>
/// <para>Same options (seed, years, size) give the same episodes in the same order on every run and machine. The
/// persons are the recipients of a fixed synthetic universe (everyone with a service at some time in 2018–2025); the
/// window only selects the episodes shown, so <b>a year's data do not depend on the window asked for</b>. A person
/// without an episode in the window is left out, so a narrower window holds fewer of the requested persons.</para>
/// <para><see cref="NationalPersons"/> persons make a register the size of Norway's (docs/calibration.md compares it
/// with the published figures); fewer persons are a simple random sample of it, with the sampling fraction
/// <see cref="SyntheticRegisterOptions.SamplingFraction"/>.</para>
/// <para>Every episode passes <see cref="EpisodeValidator.Default"/> without issues (codes valid on their start dates,
/// municipality codes valid on the start date, no identical decisions). The data are synthetic: no row describes a real
/// person.</para>
/// </remarks>
/// <threadsafety>Static and thread-safe; each enumeration is independent.</threadsafety>
public static class SyntheticRegister
{
    /// <summary>
    /// The number of persons that makes the synthetic register the size of the country: the universe of persons with a
    /// service at some time in 2018–2025 (fitted so that recipients during 2021 match the published 379 806, domain
    /// notes §D1; see docs/calibration.md).
    /// </summary>
    public const long NationalPersons = 1_048_000;

    /// <summary>Generates the episodes, person by person, each person's in line order.</summary>
    /// <param name="options">Seed, years and size.</param>
    /// <returns>The episodes (lazily generated; enumerate once or many times, always the same).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IEnumerable<ServiceEpisode> Generate(SyntheticRegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return GenerateCore(options, SyntheticModel.Default).Select(p => p.Episode);
    }

    /// <summary>Generates the episodes and builds the register (for tests and benchmarks of moderate size).</summary>
    /// <param name="options">Seed, years and size.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static EpisodeRegister Build(SyntheticRegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(options, SyntheticModel.Default);
    }

    /// <summary>Builds a register from a given model (the calibration loop).</summary>
    internal static EpisodeRegister Build(SyntheticRegisterOptions options, SyntheticModel model)
    {
        var builder = new RegisterBuilder();
        long line = 1;
        foreach (var (_, episode) in GenerateCore(options, model))
        {
            builder.Add(episode, RecordOrigin.At("synthetic", ++line));
        }
        return builder.Build();
    }

    /// <summary>The episodes with the ordinal of their person in the universe (the last ordinal + 1 is the number of
    /// universe persons a size-by-episodes register covers).</summary>
    internal static IEnumerable<(long Ordinal, ServiceEpisode Episode)> GenerateCore(SyntheticRegisterOptions options, SyntheticModel model)
    {
        var generator = new PersonGenerator(options.Seed, options.FirstYear, options.LastYear, model);
        var buffer = new List<ServiceEpisode>();
        long emitted = 0;
        for (long ordinal = 0; ; ordinal++)
        {
            if (options.Persons is { } persons && ordinal >= persons)
            {
                yield break;
            }
            if (options.Episodes is { } max && (emitted >= max || ordinal >= NationalPersons * 1000L))
            {
                yield break;
            }
            buffer.Clear();
            generator.Generate(ordinal, buffer);
            foreach (var episode in buffer)
            {
                if (options.Episodes is { } limit && emitted >= limit)
                {
                    yield break;
                }
                emitted++;
                yield return (ordinal, episode);
            }
        }
    }

    /// <summary>The pseudonym of the person with a given ordinal: 12 hex digits from a bijection of the ordinal
    /// (so distinct persons never share an id), prefixed with P.</summary>
    internal static string PersonId(int seed, long ordinal)
    {
        const ulong mask = (1UL << 48) - 1;
        var x = ((ulong)ordinal ^ (SplitMixRandom.Mix((ulong)(uint)seed) & mask)) & mask;
        x = (x * 0x9E3779B97F4BUL) & mask;
        x ^= x >> 23;
        x = (x * 0xD6E8FEB86659FD93UL) & mask;
        x ^= x >> 19;
        return "P" + x.ToString("X12", CultureInfo.InvariantCulture);
    }
}
