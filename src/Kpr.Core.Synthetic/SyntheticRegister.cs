using System.Collections.Concurrent;
using System.Globalization;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Synthetic;

/// <summary>
/// A seeded, deterministic generator of a realistic synthetic national register: persons drawn from SSB's population
/// by municipality, age and sex with the published age profile of KPR recipients; decisions with realistic mixes and
/// durations per service; moves, deaths, the 2020 municipal reform, the spring-2020 dip in new starts and the growth
/// of welfare technology. Streams person by person, so it scales from a thousand to a hundred million episodes.
/// </summary>
/// <remarks>
/// <para>Same options (seed, years, size) give the same episodes in the same order on every run and machine.
/// Every episode passes <see cref="EpisodeValidator.Default"/> without issues (codes valid on their start dates,
/// municipality codes valid on the start date, no identical decisions).</para>
/// <para>Parameters and their sources are in the internal <c>SyntheticModel</c>: published figures are cited there
/// (recipients by age 2021, bistandsbehov by age, the April/May 2020 dip, welfare-technology growth); everything else
/// is a labelled modelling assumption. The data are synthetic: no row describes a real person.</para>
/// </remarks>
/// <threadsafety>Static and thread-safe; each enumeration is independent.</threadsafety>
public static class SyntheticRegister
{
    private static readonly ConcurrentDictionary<int, PopulationSampler> Samplers = new();

    /// <summary>Generates the episodes, person by person, each person's in start order.</summary>
    /// <param name="options">Seed, years and size.</param>
    /// <returns>The episodes (lazily generated; enumerate once or many times, always the same).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IEnumerable<ServiceEpisode> Generate(SyntheticRegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return GenerateCore(options);
    }

    /// <summary>Generates the episodes and builds the register (for tests and benchmarks of moderate size).</summary>
    /// <param name="options">Seed, years and size.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static EpisodeRegister Build(SyntheticRegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new RegisterBuilder();
        long line = 1;
        foreach (var episode in GenerateCore(options))
        {
            builder.Add(episode, RecordOrigin.At("synthetic", ++line));
        }
        return builder.Build();
    }

    private static IEnumerable<ServiceEpisode> GenerateCore(SyntheticRegisterOptions options)
    {
        var sampler = Samplers.GetOrAdd(options.FirstYear, y => new PopulationSampler(y));
        var generator = new PersonGenerator(options, sampler);
        var buffer = new List<ServiceEpisode>();
        long emitted = 0;
        for (long ordinal = 0; ; ordinal++)
        {
            if (options.Persons is { } persons && ordinal >= persons)
            {
                yield break;
            }
            if (options.Episodes is { } max && emitted >= max)
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
                yield return episode;
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

    private sealed class PersonGenerator
    {
        private readonly SyntheticRegisterOptions _options;
        private readonly PopulationSampler _sampler;
        private readonly MunicipalityHistory _history = MunicipalityHistory.Default;
        private readonly int _windowStart;
        private readonly int _windowEnd;
        private readonly (int Code, double Cumulative)[][][] _mixByBandAndYear; // [band][year - 2010]

        public PersonGenerator(SyntheticRegisterOptions options, PopulationSampler sampler)
        {
            _options = options;
            _sampler = sampler;
            _windowStart = DayNumbers.StartOfYear(options.FirstYear);
            _windowEnd = DayNumbers.EndOfYear(options.LastYear);
            _mixByBandAndYear = new (int, double)[SyntheticModel.AgeBands.Length][][];
            for (var band = 0; band < SyntheticModel.AgeBands.Length; band++)
            {
                _mixByBandAndYear[band] = new (int, double)[2026 - 2000][];
                for (var year = 2000; year <= 2025; year++)
                {
                    var cumulative = 0.0;
                    var list = new List<(int, double)>();
                    foreach (var (code, weight) in SyntheticModel.MixByBand[band])
                    {
                        if (year < 2019 && code is 27 or 28)
                        {
                            continue;
                        }
                        var w = weight * (SyntheticModel.IsWelfareTechnology(code) ? SyntheticModel.WelfareTechnologyFactor(code, year) : 1.0);
                        cumulative += w;
                        list.Add((code, cumulative));
                    }
                    _mixByBandAndYear[band][year - 2000] = list.ToArray();
                }
            }
        }

        public void Generate(long ordinal, List<ServiceEpisode> output)
        {
            var rng = new SplitMixRandom(SplitMixRandom.Mix((ulong)(uint)_options.Seed) ^ SplitMixRandom.Mix((ulong)ordinal + 0x5151UL));
            var id = PersonId(_options.Seed, ordinal);
            for (var attempt = 0; attempt < 50 && output.Count == 0; attempt++)
            {
                GenerateOnce(id, ref rng, output);
            }
        }

        private void GenerateOnce(string id, ref SplitMixRandom rng, List<ServiceEpisode> output)
        {
            var refYear = _sampler.Year;
            var band = _sampler.SampleBand(ref rng);
            var (home, age0) = _sampler.SampleCell(band, ref rng);
            var birthYear = refYear - 1 - age0;
            var sex = rng.Chance(_sampler.MaleShare(age0)) ? Sex.Male : Sex.Female;
            var pick = rng.NextUInt64();

            var death = DayNumbers.Open;
            for (var year = _options.FirstYear; year <= _options.LastYear; year++)
            {
                if (rng.Chance(SyntheticModel.DeathProbability(year - birthYear)))
                {
                    death = DayNumbers.StartOfYear(year) + rng.Next(365);
                    break;
                }
            }
            var lastDay = Math.Min(_windowEnd, death);
            var birthDay = DayNumbers.StartOfYear(Math.Max(1, birthYear));
            int t;
            if (rng.Chance(SyntheticModel.ShareActiveAtStart))
            {
                t = Math.Max(birthDay, _windowStart - 1 - rng.Next(SyntheticModel.MaxYearsBeforeWindow * 365));
            }
            else
            {
                // Newcomers arrive more often later in the window, replacing those who die (assumption: 55 %
                // uniformly, the rest with a density rising linearly), so yearly recipient counts grow slowly.
                var u = rng.NextDouble();
                var position = rng.Chance(0.55) ? u : Math.Sqrt(u);
                t = _windowStart + (int)(position * Math.Max(1, lastDay - _windowStart));
            }

            var need = SyntheticModel.BistandsbehovOrder[Pick(SyntheticModel.BistandsbehovByBand[band], ref rng)];
            bool? coordinator = rng.Chance(0.9) ? rng.Chance(need switch
            {
                Bistandsbehov.Omfattende => 0.15,
                Bistandsbehov.MiddelsTilStort => 0.08,
                Bistandsbehov.NoeAvgrenset => 0.04,
                _ => 0.02,
            }) : null;
            bool? plan = rng.Chance(0.9) ? rng.Chance(band switch { 0 => 0.15, 1 => 0.08, 2 => 0.05, _ => 0.02 }) : null;
            LocalDate? deathDate = death == DayNumbers.Open ? null : DayNumbers.ToDate(death);

            var current = home;
            var nextMove = t + (int)rng.Exponential(365 / SyntheticModel.MoveProbabilityPerYear);
            while (t <= lastDay)
            {
                while (nextMove < t)
                {
                    current = _sampler.SampleMunicipality(ref rng);
                    nextMove += 1 + (int)rng.Exponential(365 / SyntheticModel.MoveProbabilityPerYear);
                }
                var date = DayNumbers.ToDate(t);
                var ageBand = BandOf(date.Year - birthYear);
                var gap = 1 + (int)rng.Exponential(SyntheticModel.MeanDaysBetweenStarts[ageBand]);
                var code = DrawCode(ageBand, date.Year, ref rng);
                if (!rng.Chance(SyntheticModel.MonthFactor(date.Year, date.Month, code) * SyntheticModel.YearTrend(date.Year) / SyntheticModel.MaxIntensity))
                {
                    t += gap;
                    continue;
                }
                if (code == 29 && date.Year < 2019)
                {
                    code = rng.Chance(0.7) ? 12 : 13;
                }
                var end = t + (int)rng.Exponential(SyntheticModel.MeanDurationDays(code));
                var endedByDeath = death <= end;
                if (endedByDeath)
                {
                    end = death;
                }
                double? hours = SyntheticModel.MeanHours(code) is { } mean && rng.Chance(0.9)
                    ? Math.Min(168, Math.Round(rng.Exponential(mean) * 4) / 4)
                    : null;
                if (end >= _windowStart)
                {
                    var municipality = CodeOn(current, date, pick);
                    output.Add(new ServiceEpisode(id, birthYear, sex, municipality, ServiceCode.FromNumber(code), date,
                        end > _windowEnd && !endedByDeath ? null : DayNumbers.ToDate(end), hours, need, coordinator, plan, deathDate));
                }
                t += gap;
            }
        }

        private int DrawCode(int band, int year, ref SplitMixRandom rng)
        {
            var mix = _mixByBandAndYear[band][Math.Clamp(year, 2000, 2025) - 2000];
            var u = rng.NextDouble() * mix[^1].Cumulative;
            foreach (var (code, cumulative) in mix)
            {
                if (u < cumulative)
                {
                    return code;
                }
            }
            return mix[^1].Code;
        }

        // The code valid on the date for the person's municipality, following the reforms forwards (merges,
        // renumbering; splits by the person's fixed pick) or backwards (a merged code's predecessors, by the same pick).
        private MunicipalityCode CodeOn(MunicipalityCode code, LocalDate date, ulong pick)
        {
            var c = code;
            for (var step = 0; step < 6; step++)
            {
                if (_history.IsValidOn(c, date))
                {
                    return c;
                }
                var periods = _history.PeriodsOf(c);
                if (periods.Count == 0)
                {
                    break;
                }
                if (periods[^1].ValidTo is { } to && date > to)
                {
                    var next = _history.SuccessorChanges(c).Where(ch => ch.Date > to).ToList();
                    if (next.Count == 0)
                    {
                        break;
                    }
                    var first = next.Where(ch => ch.Date == next[0].Date).ToList();
                    c = first[(int)(pick % (ulong)first.Count)].NewCode;
                }
                else if (periods[0].ValidFrom is { } from && date < from)
                {
                    var before = _history.PredecessorChanges(c).Where(ch => ch.Date == from && ch.OldCode != c).ToList();
                    if (before.Count == 0)
                    {
                        break;
                    }
                    c = before[(int)(pick % (ulong)before.Count)].OldCode;
                }
                else
                {
                    break;
                }
            }
            return c;
        }

        private static int BandOf(int age)
        {
            var bands = SyntheticModel.AgeBands;
            for (var i = 0; i < bands.Length; i++)
            {
                if (age <= bands[i].To)
                {
                    return i;
                }
            }
            return bands.Length - 1;
        }

        private static int Pick(double[] weights, ref SplitMixRandom rng)
        {
            var u = rng.NextDouble() * weights.Sum();
            for (var i = 0; i < weights.Length; i++)
            {
                u -= weights[i];
                if (u < 0)
                {
                    return i;
                }
            }
            return weights.Length - 1;
        }
    }

    /// <summary>SSB population of 1 January of the first year as cumulative weights, per age band, over
    /// (municipality, single age) cells; sex by the national share at each age.</summary>
    private sealed class PopulationSampler
    {
        private readonly MunicipalityCode[] _codes;
        private readonly (int Cell, double Cumulative)[][] _cellsByBand;
        private readonly double[] _bandCumulative;
        private readonly double[] _municipalityCumulative;
        private readonly double[] _maleShare = new double[AgeGroup.TopAge + 1];

        public PopulationSampler(int year)
        {
            Year = Math.Clamp(year, PopulationTable.FirstYear, PopulationTable.LastYear);
            var table = PopulationTable.Default;
            _codes = table.CodesIn(Year).ToArray();
            var ages = AgeGroup.TopAge + 1;
            var weights = new double[_codes.Length * ages];
            _municipalityCumulative = new double[_codes.Length];
            var total = 0.0;
            for (var m = 0; m < _codes.Length; m++)
            {
                for (var a = 0; a < ages; a++)
                {
                    var w = table.OnFirstJanuary(Year, _codes[m], AgeGroup.Between(a, a)).TryGetValue(out var v) ? v : 0;
                    weights[(m * ages) + a] = w;
                    total += w;
                }
                _municipalityCumulative[m] = total;
            }
            for (var a = 0; a < ages; a++)
            {
                var all = table.NationalOnFirstJanuary(Year, AgeGroup.Between(a, a)).TryGetValue(out var t) ? t : 0;
                var male = table.NationalOnFirstJanuary(Year, AgeGroup.Between(a, a), Sex.Male).TryGetValue(out var mv) ? mv : 0;
                _maleShare[a] = all > 0 ? male / all : 0.5;
            }
            var bands = SyntheticModel.AgeBands;
            _cellsByBand = new (int, double)[bands.Length][];
            _bandCumulative = new double[bands.Length];
            var bandTotal = 0.0;
            for (var b = 0; b < bands.Length; b++)
            {
                var list = new List<(int, double)>();
                var cumulative = 0.0;
                for (var m = 0; m < _codes.Length; m++)
                {
                    for (var a = bands[b].From; a <= Math.Min(bands[b].To, AgeGroup.TopAge); a++)
                    {
                        var w = weights[(m * ages) + a];
                        if (w > 0)
                        {
                            cumulative += w;
                            list.Add(((m * ages) + a, cumulative));
                        }
                    }
                }
                _cellsByBand[b] = list.ToArray();
                bandTotal += SyntheticModel.RecipientsByBand[b];
                _bandCumulative[b] = bandTotal;
            }
        }

        public int Year { get; }

        public double MaleShare(int age) => _maleShare[Math.Clamp(age, 0, AgeGroup.TopAge)];

        public int SampleBand(ref SplitMixRandom rng)
        {
            var u = rng.NextDouble() * _bandCumulative[^1];
            var i = Array.BinarySearch(_bandCumulative, u);
            return Math.Min(i >= 0 ? i + 1 : ~i, _bandCumulative.Length - 1);
        }

        public (MunicipalityCode Code, int Age) SampleCell(int band, ref SplitMixRandom rng)
        {
            var cells = _cellsByBand[band];
            var u = rng.NextDouble() * cells[^1].Cumulative;
            int lo = 0, hi = cells.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (cells[mid].Cumulative <= u)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            var cell = cells[lo].Cell;
            var ages = AgeGroup.TopAge + 1;
            return (_codes[cell / ages], cell % ages);
        }

        public MunicipalityCode SampleMunicipality(ref SplitMixRandom rng)
        {
            var u = rng.NextDouble() * _municipalityCumulative[^1];
            var i = Array.BinarySearch(_municipalityCumulative, u);
            return _codes[Math.Min(i >= 0 ? i + 1 : ~i, _codes.Length - 1)];
        }
    }
}
