using Kpr.Core.Register;

namespace Kpr.Core.Aggregation;

/// <summary>
/// The columnar shape the counting kernels read: episodes partitioned by person (a person's episodes are the
/// contiguous range <c>PersonStart[p] .. PersonStart[p+1]</c>), dates as day numbers, small codes as bytes.
/// Kept internal and thin so that the kernels do not depend on how the register stores itself.
/// </summary>
internal sealed class CountingView
{
    /// <summary>End day of an open episode / death day of a living person.</summary>
    public const int Open = int.MaxValue;

    public required int[] PersonStart { get; init; }
    public required short[] BirthYear { get; init; }
    /// <summary>1 = male, 2 = female (as in Norwegian registers); 0 unknown.</summary>
    public required byte[] Sex { get; init; }
    public required int[] DeathDay { get; init; }

    public required int[] Start { get; init; }
    public required int[] End { get; init; }
    public required byte[] Code { get; init; }
    /// <summary>The register's <see cref="EpisodeFlags"/> bits: 0–1 bistandsbehov (0 uoppgitt, 1 noe/avgrenset,
    /// 2 middels til stort, 3 omfattende); 2–3 coordinator and 4–5 individual plan (0 not reported, 1 no, 2 yes).</summary>
    public required byte[] Attributes { get; init; }
    public required ushort[] Municipality { get; init; }
    /// <summary>Municipality codes (4 digits) by index, as recorded on the episodes.</summary>
    public required string[] MunicipalityCodes { get; init; }

    public int PersonCount => PersonStart.Length - 1;

    public int EpisodeCount => Start.Length;

    public static int Bistand(byte attributes) => attributes & 3;

    public static int CoordinatorBits(byte attributes) => (attributes >> 2) & 3;

    public static int PlanBits(byte attributes) => (attributes >> 4) & 3;

    /// <summary>The register the columns belong to, when built from one: its residence rule is then used.</summary>
    public EpisodeRegister? Source { get; init; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EpisodeRegister, CountingView> Views = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, ushort[]> _residence = new();

    /// <summary>A view over a register's own arrays (no copy), one per register.</summary>
    public static CountingView From(EpisodeRegister register) => Views.GetValue(register, Create);

    /// <summary>
    /// Residence of every person in a year (municipality index + 1; 0 = none), computed once per year on all cores and
    /// kept with the view: 2 bytes per person and year asked for.
    /// </summary>
    public ushort[]? ResidenceTable(int year)
    {
        if (MunicipalityCodes.Length >= ushort.MaxValue)
        {
            return null;
        }
        return _residence.GetOrAdd(year, y =>
        {
            var table = new ushort[PersonCount];
            var first = DayNumber(y, 1, 1);
            var last = DayNumber(y, 12, 31);
            var valid = ValidInYear(y);
            const int Chunk = 16384;
            Parallel.For(0, (PersonCount + Chunk - 1) / Chunk, chunk =>
            {
                var end = Math.Min(PersonCount, (chunk + 1) * Chunk);
                for (var p = chunk * Chunk; p < end; p++)
                {
                    table[p] = (ushort)(Residence(p, first, last, valid) + 1);
                }
            });
            return table;
        });
    }

    private static CountingView Create(EpisodeRegister register) => new()
    {
        PersonStart = register.PersonOffsetsArray,
        BirthYear = register.BirthYearsArray,
        Sex = register.SexesArray,
        DeathDay = register.DeathDaysArray,
        Start = register.StartDaysArray,
        End = register.EndDaysArray,
        Code = register.CodesArray,
        Attributes = register.FlagsArray,
        Municipality = register.MunicipalityIndicesArray,
        MunicipalityCodes = [.. register.Municipalities.Select(m => m.ToString())],
        Source = register,
    };

    /// <summary>For each municipality index, whether its code was valid in the year; null means all are.</summary>
    public bool[]? ValidInYear(int year) => Source?.MunicipalityValidInYear(year);

    /// <summary>
    /// Residence of a person in a year, by the register's rule (<see cref="EpisodeRegister.ResidenceIndex(int, int)"/>):
    /// among the episodes overlapping the year, prefer a municipality valid in the year, then the latest start, the
    /// latest end, the highest municipality index (codes are indexed in numeric order). -1 when none overlaps.
    /// </summary>
    public int Residence(int person, int yearFirstDay, int yearLastDay, bool[]? validInYear)
    {
        int best = -1, bestStart = 0, bestEnd = 0, bestValid = -1;
        var end = PersonStart[person + 1];
        for (var e = PersonStart[person]; e < end; e++)
        {
            int s = Start[e], stop = End[e];
            if (s > yearLastDay || stop < yearFirstDay)
            {
                continue;
            }
            int m = Municipality[e];
            var valid = validInYear is null || validInYear[m] ? 1 : 0;
            if (ResidenceRule.Prefers(valid, s, stop, m, bestValid, bestStart, bestEnd, best))
            {
                (best, bestStart, bestEnd, bestValid) = (m, s, stop, valid);
            }
        }
        return best;
    }

    public static int DayNumber(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;
}
