using System.Runtime.InteropServices;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Services;

namespace Kpr.Core.Register;

/// <summary>
/// The cleaned register: validated, recoded and deduplicated episodes in a compact columnar form for fast counting,
/// with the validation summary that says what happened to every row.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> Episodes are grouped by person: the episodes of person <c>p</c> are the indices
/// <c>PersonEpisodeOffsets[p] .. PersonEpisodeOffsets[p + 1] - 1</c>, sorted by start, end, code, hours. Each episode
/// column is a dense array: start and end as day numbers (<see cref="DayNumbers"/>; an open end is
/// <see cref="DayNumbers.Open"/>), the service code number (1–99), an index into <see cref="Municipalities"/>, hours per
/// week (NaN when not reported) and packed <see cref="EpisodeFlags"/>. That is 16 bytes per episode; per person the
/// offsets, birth year, sex, death day and the UTF-8 pseudonym add about 15 bytes plus the id's length.</para>
/// <para><b>Invariants.</b> Every episode has a start date, end ≥ start, a code valid on its start date (after
/// recoding) and a municipality valid during the episode. Identical decisions (same person, code, start, end, hours)
/// appear once. Persons are in order of first appearance in the input; counting results never depend on it.</para>
/// <para><b>Residence.</b> <see cref="ResidenceIndex(int, int)"/> gives the last valid municipality of a person in a
/// year, as Helsedirektoratet assigns municipality and helsefellesskap (domain notes §D1).</para>
/// </remarks>
/// <threadsafety>Immutable after construction; safe for concurrent readers.</threadsafety>
public sealed partial class EpisodeRegister
{
    private readonly int[] _personOffsets;
    private readonly short[] _birthYears;
    private readonly byte[] _sexes;
    private readonly int[] _deathDays;
    private readonly int[] _startDays;
    private readonly int[] _endDays;
    private readonly byte[] _codes;
    private readonly ushort[] _municipalityIndices;
    private readonly float[] _hours;
    private readonly byte[] _flags;
    private readonly MunicipalityCode[] _municipalities;
    private readonly (int From, int To)[][] _municipalityPeriods;
    private readonly PersonIdTable _ids;
    private readonly Lock _lookupLock = new();
    private volatile bool _lookupReady;

    internal EpisodeRegister(int[] personOffsets, short[] birthYears, byte[] sexes, int[] deathDays, int[] startDays, int[] endDays,
        byte[] codes, ushort[] municipalityIndices, float[] hours, byte[] flags, MunicipalityCode[] municipalities,
        (int From, int To)[][] municipalityPeriods, PersonIdTable ids, ValidationSummary validation)
    {
        _personOffsets = personOffsets;
        _birthYears = birthYears;
        _sexes = sexes;
        _deathDays = deathDays;
        _startDays = startDays;
        _endDays = endDays;
        _codes = codes;
        _municipalityIndices = municipalityIndices;
        _hours = hours;
        _flags = flags;
        _municipalities = municipalities;
        _municipalityPeriods = municipalityPeriods;
        _ids = ids;
        Validation = validation;
    }

    /// <summary>Builds a register from episodes with the default validator (a convenience for small inputs and tests).</summary>
    /// <param name="episodes">The episodes as reported.</param>
    /// <param name="source">A label for issue origins (e.g. a file name); lines are the 1-based positions.</param>
    /// <returns>The register; see <see cref="Validation"/> for what was rejected or corrected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodes"/> is null.</exception>
    public static EpisodeRegister FromEpisodes(IEnumerable<ServiceEpisode> episodes, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var builder = new RegisterBuilder();
        long line = 0;
        foreach (var episode in episodes)
        {
            builder.Add(episode, RecordOrigin.At(source, ++line));
        }
        return builder.Build();
    }

    /// <summary>What validation did to every row read.</summary>
    public ValidationSummary Validation { get; }

    /// <summary>The number of episodes.</summary>
    public int EpisodeCount => _startDays.Length;

    /// <summary>The number of persons.</summary>
    public int PersonCount => _birthYears.Length;

    /// <summary>Per person, the index of its first episode; one more entry at the end (= <see cref="EpisodeCount"/>).</summary>
    internal ReadOnlySpan<int> PersonEpisodeOffsets => _personOffsets;

    /// <summary>Per person, the birth year.</summary>
    internal ReadOnlySpan<short> BirthYears => _birthYears;

    /// <summary>Per person, the sex as its register code (1 = male, 2 = female).</summary>
    internal ReadOnlySpan<byte> SexCodes => _sexes;

    /// <summary>Per person, the death date as a day number, or <see cref="DayNumbers.Open"/> when none is reported.</summary>
    internal ReadOnlySpan<int> DeathDays => _deathDays;

    /// <summary>Per episode, the start date as a day number.</summary>
    internal ReadOnlySpan<int> StartDays => _startDays;

    /// <summary>Per episode, the end date as a day number, or <see cref="DayNumbers.Open"/> when open.</summary>
    internal ReadOnlySpan<int> EndDays => _endDays;

    /// <summary>Per episode, the service code number (after recoding).</summary>
    internal ReadOnlySpan<byte> ServiceCodes => _codes;

    /// <summary>Per episode, the index of the residence municipality in <see cref="Municipalities"/>.</summary>
    internal ReadOnlySpan<ushort> MunicipalityIndices => _municipalityIndices;

    /// <summary>Per episode, hours per week in single precision; NaN when not reported.</summary>
    internal ReadOnlySpan<float> HoursPerWeek => _hours;

    /// <summary>Per episode, bistandsbehov, coordinator and individual plan.</summary>
    internal ReadOnlySpan<EpisodeFlags> Flags => MemoryMarshal.Cast<byte, EpisodeFlags>(_flags);

    /// <summary>The distinct municipality codes of the register in numeric order; episodes refer to them by index.</summary>
    public IReadOnlyList<MunicipalityCode> Municipalities => _municipalities;

    /// <summary>Approximate bytes held by the register's arrays (episode and person columns, ids, lookups).</summary>
    internal long MemoryBytes =>
        (long)_startDays.Length * (4 + 4 + 1 + 2 + 4 + 1)
        + (long)_birthYears.Length * (2 + 1 + 4) + (long)_personOffsets.Length * 4
        + _ids.MemoryBytes + _municipalities.Length * 4L;

    /// <summary>Bytes per episode (<see cref="MemoryBytes"/> / <see cref="EpisodeCount"/>), 0 when empty.</summary>
    public double BytesPerEpisode => EpisodeCount == 0 ? 0 : (double)MemoryBytes / EpisodeCount;

    /// <summary>The pseudonym of a person.</summary>
    /// <param name="person">The person index.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public string PersonId(int person)
    {
        CheckPerson(person);
        return _ids.GetId(person);
    }

    /// <summary>The index of a person by pseudonym, or -1 (builds a lookup table on first use).</summary>
    /// <param name="personId">The pseudonym.</param>
    /// <returns>The index or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    public int FindPerson(string personId)
    {
        ArgumentNullException.ThrowIfNull(personId);
        if (!_lookupReady)
        {
            lock (_lookupLock)
            {
                _ids.Rebuild();
                _lookupReady = true;
            }
        }
        return _ids.Find(personId);
    }

    /// <summary>The sex of a person.</summary>
    /// <param name="person">The person index.</param>
    /// <returns>The sex.</returns>
    public Sex SexOf(int person)
    {
        CheckPerson(person);
        return (Sex)_sexes[person];
    }

    /// <summary>The person an episode belongs to (binary search over the offsets).</summary>
    /// <param name="episode">The episode index.</param>
    /// <returns>The person index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public int PersonOf(int episode)
    {
        if ((uint)episode >= (uint)EpisodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(episode), episode, "No such episode.");
        }
        var i = Array.BinarySearch(_personOffsets, 0, PersonCount, episode);
        if (i < 0)
        {
            return ~i - 1;
        }
        // Persons have at least one episode, so offsets are strictly increasing.
        return i;
    }

    /// <summary>An episode as a <see cref="ServiceEpisode"/> (as kept: after recoding; hours in single precision).</summary>
    /// <param name="episode">The episode index.</param>
    /// <returns>The episode.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public ServiceEpisode GetEpisode(int episode)
    {
        var person = PersonOf(episode);
        var flags = EpisodeFlags.FromBits(_flags[episode]);
        var hours = _hours[episode];
        return new ServiceEpisode(
            _ids.GetId(person), _birthYears[person], (Sex)_sexes[person], _municipalities[_municipalityIndices[episode]],
            ServiceCode.FromNumber(_codes[episode]), DayNumbers.ToDate(_startDays[episode]),
            _endDays[episode] == DayNumbers.Open ? null : DayNumbers.ToDate(_endDays[episode]),
            float.IsNaN(hours) ? null : FloatToDouble(hours), flags.Bistandsbehov, flags.Coordinator, flags.IndividualPlan,
            _deathDays[person] == DayNumbers.Open ? null : DayNumbers.ToDate(_deathDays[person]));
    }

    /// <summary>Every episode, person by person (allocates one object per episode: for inspection, not counting).</summary>
    /// <returns>The episodes.</returns>
    public IEnumerable<ServiceEpisode> Episodes()
    {
        for (var i = 0; i < EpisodeCount; i++)
        {
            yield return GetEpisode(i);
        }
    }

    /// <summary>
    /// The residence of a person in a year: the municipality of the person's episodes overlapping the year, taking
    /// the last one (latest start, then latest end, then highest code) among those whose municipality code was valid
    /// in the year, or among all overlapping episodes when none was. -1 when no episode overlaps the year.
    /// </summary>
    /// <param name="person">The person index.</param>
    /// <param name="year">The year.</param>
    /// <returns>An index into <see cref="Municipalities"/>, or -1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The person index is out of range.</exception>
    public int ResidenceIndex(int person, int year)
    {
        CheckPerson(person);
        if (year is < 1 or > 9999)
        {
            return -1;
        }
        var yearStart = DayNumbers.StartOfYear(year);
        var yearEnd = DayNumbers.EndOfYear(year);
        int best = -1, bestStart = 0, bestEnd = 0, bestValid = -1;
        for (var e = _personOffsets[person]; e < _personOffsets[person + 1]; e++)
        {
            int s = _startDays[e], end = _endDays[e];
            if (s > yearEnd || end < yearStart)
            {
                continue;
            }
            int m = _municipalityIndices[e];
            var valid = ValidInYear(m, yearStart, yearEnd) ? 1 : 0;
            if (ResidenceRule.Prefers(valid, s, end, m, bestValid, bestStart, bestEnd, best))
            {
                (best, bestStart, bestEnd, bestValid) = (m, s, end, valid);
            }
        }
        return best;
    }

    /// <summary>The residence of a person in a year (see <see cref="ResidenceIndex(int, int)"/>), or null.</summary>
    /// <param name="person">The person index.</param>
    /// <param name="year">The year.</param>
    /// <returns>The municipality code, or null.</returns>
    public MunicipalityCode? Residence(int person, int year) =>
        ResidenceIndex(person, year) is var i and >= 0 ? _municipalities[i] : null;

    /// <summary>Splits the persons into at most <paramref name="parts"/> contiguous ranges of about equal episode
    /// counts, for counting in parallel (a person is never split).</summary>
    /// <param name="parts">The number of parts wanted (≥ 1).</param>
    /// <returns>Person index ranges covering all persons, in order, none empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    internal IReadOnlyList<Range> PartitionPersons(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var ranges = new List<Range>();
        var from = 0;
        for (var k = 1; k <= parts && from < PersonCount; k++)
        {
            var to = PersonCount;
            if (k < parts)
            {
                var targetEpisode = (int)((long)EpisodeCount * k / parts);
                var i = Array.BinarySearch(_personOffsets, 0, PersonCount + 1, targetEpisode);
                to = Math.Max(from + 1, Math.Min(PersonCount, i >= 0 ? i : ~i));
            }
            ranges.Add(from..to);
            from = to;
        }
        return ranges;
    }

    private bool ValidInYear(int municipalityIndex, int yearStart, int yearEnd)
    {
        foreach (var (from, to) in _municipalityPeriods[municipalityIndex])
        {
            if (from <= yearEnd && yearStart <= to)
            {
                return true;
            }
        }
        return false;
    }

    private void CheckPerson(int person)
    {
        if ((uint)person >= (uint)PersonCount)
        {
            throw new ArgumentOutOfRangeException(nameof(person), person, "No such person.");
        }
    }

    // The shortest text that round-trips the float, read as a double: 7.3f gives 7.3, not 7.300000190734863.
    private static double FloatToDouble(float value) =>
        double.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
