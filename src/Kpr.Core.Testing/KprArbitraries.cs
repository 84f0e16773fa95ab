using FsCheck;
using FsCheck.Fluent;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Testing;

/// <summary>
/// FsCheck arbitraries and generators for the KPR domain types: service codes and municipality codes valid on a date,
/// dates in the register window, valid episodes, episodes with one planted fault, episode lists and registers. The
/// arbitraries shrink towards simple values (earliest date, open end, no optional fields, first person) while staying
/// valid, and lists and registers shrink by dropping episodes.
/// </summary>
/// <remarks>Use them in a property with <c>Prop.ForAll(KprArbitraries.Episodes(), e => …)</c>, or register the class
/// with <c>[Property(Arbitrary = new[] { typeof(KprArbitraries) })]</c> to get <see cref="ServiceEpisode"/>,
/// <see cref="ServiceEpisode"/>[] and <see cref="EpisodeRegister"/> parameters.</remarks>
public static class KprArbitraries
{
    /// <summary>The first day of the generated window (2018-01-01).</summary>
    public static LocalDate WindowStart { get; } = new(2018, 1, 1);

    /// <summary>The last day of the generated window (2023-12-31).</summary>
    public static LocalDate WindowEnd { get; } = new(2023, 12, 31);

    // Generators run many thousands of times per test run: the lists valid on a date are computed once per date.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<LocalDate, ServiceCode[]> CodesOn = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<LocalDate, MunicipalityCode[]> MunicipalitiesOn = new();

    private static readonly int WindowDays = Period.DaysBetween(WindowStart, WindowEnd) + 1;

    /// <summary>Dates from <see cref="WindowStart"/> to <see cref="WindowEnd"/>, shrinking towards the start.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> Dates() =>
        ArbMap.Default.ArbFor<int>().Convert(i => WindowStart.PlusDays((int)(Math.Abs((long)i) % WindowDays)), d => Period.DaysBetween(WindowStart, d));

    /// <summary>Any code in the built-in catalogue (valid at some time).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceCode> ServiceCodes() =>
        Gen.Elements(ServiceCatalogue.Default.Codes.Select(c => c.Code).ToArray()).ToArbitrary();

    /// <summary>Codes valid on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The generator.</returns>
    public static Gen<ServiceCode> ServiceCodeValidOn(LocalDate date) =>
        Gen.Elements(CodesOn.GetOrAdd(date, d => ServiceCatalogue.Default.ValidOn(d).Select(c => c.Code).ToArray()));

    /// <summary>Municipality codes valid on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The generator.</returns>
    public static Gen<MunicipalityCode> MunicipalityCodeValidOn(LocalDate date) =>
        Gen.Elements(MunicipalitiesOn.GetOrAdd(date, d => MunicipalityHistory.Default.ValidOn(d).Select(m => m.Code).ToArray()));

    /// <summary>
    /// Valid episodes: one of ten persons (p0–p9, each with a fixed birth year and sex so rows of a person agree), a
    /// start in the window, a code and a municipality valid on the start date, an open or later end, optional hours and
    /// flags. Every one passes <see cref="EpisodeValidator.Default"/> without issues.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceEpisode> Episodes() => Arb.From(EpisodeGen(), ShrinkEpisode);

    /// <summary>Episodes that are valid or carry one planted fault (missing start, end before start, unknown code,
    /// code not valid on the date, municipality not valid, impossible birth year, hours out of range, or a housing code
    /// that needs recoding), for properties about validation.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceEpisode> EpisodesWithFaults() =>
        (from e in EpisodeGen()
         from fault in Gen.Choose(0, 8)
         select Plant(e, fault)).ToArbitrary();

    /// <summary>Lists of valid episodes (persons repeat), shrinking by dropping and simplifying episodes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceEpisode[]> EpisodeLists() => ArbMap.Default.MergeArb(Episodes()).ArbFor<ServiceEpisode[]>();

    /// <summary>Registers built from <see cref="EpisodeLists"/>, shrinking through their episodes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EpisodeRegister> Registers() =>
        EpisodeLists().Convert(list => EpisodeRegister.FromEpisodes(list), register => register.Episodes().ToArray());

    private static Gen<ServiceEpisode> EpisodeGen() =>
        from person in Gen.Choose(0, 9)
        from offset in Gen.Choose(0, WindowDays - 1)
        let start = WindowStart.PlusDays(offset)
        from code in ServiceCodeValidOn(start)
        from municipality in MunicipalityCodeValidOn(start)
        from duration in Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, 900)))
        from quarters in Gen.Frequency((1, Gen.Constant(-1)), (2, Gen.Choose(0, 168 * 4)))
        from need in Gen.Elements(BistandsbehovIds.All.ToArray())
        from coordinator in Gen.Elements<bool?>(null, true, false)
        from plan in Gen.Elements<bool?>(null, true, false)
        select new ServiceEpisode(PersonId(person), BirthYear(person), SexOf(person), municipality, code, start,
            duration < 0 ? null : start.PlusDays(duration), quarters < 0 ? null : quarters / 4.0, need, coordinator, plan);

    private static string PersonId(int person) => "p" + person.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int BirthYear(int person) => 1925 + (person * 9 % 90);

    private static Sex SexOf(int person) => person % 2 == 0 ? Sex.Female : Sex.Male;

    private static IEnumerable<ServiceEpisode> ShrinkEpisode(ServiceEpisode e)
    {
        var candidates = new List<ServiceEpisode>();
        if (e.PersonId != "p0")
        {
            candidates.Add(new ServiceEpisode("p0", BirthYear(0), SexOf(0), e.Municipality, e.ServiceCode, e.Start, e.End, e.HoursPerWeek,
                e.Bistandsbehov, e.Coordinator, e.IndividualPlan));
        }
        if (e.End is not null)
        {
            candidates.Add(e.WithDates(e.Start, null));
        }
        if (e.HoursPerWeek is not null)
        {
            candidates.Add(e.WithHoursPerWeek(null));
        }
        if (e.Bistandsbehov != Bistandsbehov.Uoppgitt || e.Coordinator is not null || e.IndividualPlan is not null)
        {
            candidates.Add(new ServiceEpisode(e.PersonId, e.BirthYear, e.Sex, e.Municipality, e.ServiceCode, e.Start, e.End, e.HoursPerWeek));
        }
        if (e.Start is { } s && s != WindowStart)
        {
            var earlier = WindowStart.PlusDays(Period.DaysBetween(WindowStart, s) / 2);
            candidates.Add(e.WithDates(earlier, e.End is { } end ? earlier.PlusDays(Period.DaysBetween(s, end)) : null));
        }
        return candidates.Where(c => EpisodeValidator.Default.Validate(c, default).Issues.Count == 0);
    }

    private static ServiceEpisode Plant(ServiceEpisode e, int fault) => fault switch
    {
        1 => e.WithDates(null, e.End),
        2 => e.WithDates(e.Start, e.Start!.Value.PlusDays(-3)),
        3 => e.WithServiceCode(ServiceCode.FromNumber(10)),
        4 => e.WithServiceCode(ServiceCode.FromNumber(27)).WithDates(new LocalDate(2018, 6, 1), null),
        5 => e.WithMunicipality(MunicipalityCode.FromInt32(9998)),
        6 => e.WithBirthYear(e.Start!.Value.Year + 1),
        7 => e.WithHoursPerWeek(169 + e.BirthYear % 7),
        8 => e.WithServiceCode(ServiceCode.FromNumber(12)).WithDates(new LocalDate(2020, 3, 1), null),
        _ => e,
    };
}
