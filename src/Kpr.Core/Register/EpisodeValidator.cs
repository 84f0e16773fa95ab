using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Register;

/// <summary>
/// Checks one reported episode against the domain rules and says what is wrong, field by field, without dropping or
/// changing anything silently.
/// </summary>
/// <remarks>
/// <para>Rejections: missing start date (Helsedirektoratet excludes services without a start date, domain notes §A3);
/// a start before 1980 and end before start (the published validity filter: "fra-dato ≤ til-dato; fra-dato between
/// 1980 and 31.12 of the registreringsår", §D1 [S18][S18c]; the upper end is applied when counting a year); a person
/// who died in a year before the start's year (the filter removes persons who died before the registreringsår, so such
/// a start counts in no year, §D1); a service code unknown to the catalogue or not valid on the start date; a
/// municipality code not valid at any time during the episode (start to end, death, or open); an impossible birth year
/// (after the start or death date, an age at the start above <see cref="MaxAge"/>, or after <see cref="LatestDate"/>);
/// a death date after <see cref="LatestDate"/> (in the future of the extract); hours per week outside 0–168 (168 hours
/// a week per service at most, IPLOS guidance, domain notes §F); an undefined sex; an empty person id.</para>
/// <para>Corrections (kept): a code that ended but has a successor valid on the start date is recoded, as
/// Helsedirektoratet does ("12/13 are recoded to 29", domain notes §A3); 16 starting after 2018 keeps its code and
/// counts as tjenester til hjemmeboende (it left the service list for a person attribute in 2019, §A1).</para>
/// <para>Warnings (kept as reported): a start date after the death date in the same year.</para>
/// <para>Municipality validity uses the period of the episode rather than the start date alone: an open decision from
/// 2015 may rightly carry the code of a municipality formed in 2020, because the residence is reported at the time of
/// the extract.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class EpisodeValidator
{
    /// <summary>The default highest age at the start date: no one documented has lived longer, and SSB's population
    /// tables stop at 105+. A plausibility limit, not a fact about the register.</summary>
    public const int DefaultMaxAge = 125;

    /// <summary>The earliest start date the published validity filter accepts: 1 January 1980 (domain notes §D1
    /// [S18][S18c]: "fra-dato between 1980 and 31.12 of the registreringsår").</summary>
    public static LocalDate EarliestStart { get; } = new(1980, 1, 1);

    private static readonly Lazy<EpisodeValidator> LazyDefault = new(() => new EpisodeValidator(ServiceCatalogue.Default, MunicipalityHistory.Default));

    // Municipality validity as day-number intervals per numeric code (dense: codes are below 10 000), so the hot
    // path is an array lookup and two integer comparisons.
    private readonly (int From, int To)[]?[] _municipalityPeriods = new (int, int)[]?[10000];

    /// <summary>Creates a validator.</summary>
    /// <param name="catalogue">The service-code catalogue.</param>
    /// <param name="history">The municipality history.</param>
    /// <param name="maxAge">The highest plausible age at the start date.</param>
    /// <param name="latestDate">The latest date a death or birth year may have (typically the extract's date, or
    /// today's); null for no such check. The library reads no clock: the caller decides.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAge"/> is not positive.</exception>
    public EpisodeValidator(ServiceCatalogue catalogue, MunicipalityHistory history, int maxAge = DefaultMaxAge, LocalDate? latestDate = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAge);
        Catalogue = catalogue;
        History = history;
        MaxAge = maxAge;
        LatestDate = latestDate;
        foreach (var code in history.Codes)
        {
            _municipalityPeriods[code.Value] = history.PeriodsOf(code)
                .Select(p => (p.ValidFrom is { } f ? DayNumbers.From(f) : int.MinValue, p.ValidTo is { } t ? DayNumbers.From(t) : int.MaxValue))
                .ToArray();
        }
    }

    /// <summary>The validator with the built-in catalogue and municipality history.</summary>
    public static EpisodeValidator Default => LazyDefault.Value;

    /// <summary>The service-code catalogue.</summary>
    public ServiceCatalogue Catalogue { get; }

    /// <summary>The municipality history.</summary>
    public MunicipalityHistory History { get; }

    /// <summary>The highest plausible age at the start date.</summary>
    public int MaxAge { get; }

    /// <summary>The latest plausible death date and birth year (e.g. the extract's date), or null when not checked.</summary>
    public LocalDate? LatestDate { get; }

    /// <summary>Validates one episode.</summary>
    /// <param name="episode">The episode as reported.</param>
    /// <param name="origin">Where it came from (file and line); fields are added per issue.</param>
    /// <returns>The episode to keep (possibly corrected) or none, and the issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public EpisodeValidation Validate(ServiceEpisode episode, RecordOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(episode);
        List<ValidationIssue>? issues = null;
        var rejected = false;
        void Reject(IssueKind kind, string field, string message)
        {
            (issues ??= []).Add(new ValidationIssue(kind, IssueSeverity.Rejection, origin.WithField(field), message));
            rejected = true;
        }

        if (string.IsNullOrWhiteSpace(episode.PersonId))
        {
            Reject(IssueKind.MissingValue, "person_id", "person id is empty");
        }
        if (!episode.Sex.IsDefined())
        {
            Reject(IssueKind.MalformedValue, "sex", "sex must be 1 (male) or 2 (female)");
        }

        var start = episode.Start;
        if (start is { } s)
        {
            if (episode.BirthYear > s.Year)
            {
                Reject(IssueKind.ImpossibleBirthYear, "birth_year", "birth year is after the start date");
            }
            else if (s.Year - episode.BirthYear > MaxAge)
            {
                Reject(IssueKind.ImpossibleBirthYear, "birth_year", $"birth year implies an age over {MaxAge} at the start date");
            }
        }
        if (episode.DeathDate is { } death && death.Year < episode.BirthYear)
        {
            Reject(IssueKind.ImpossibleBirthYear, "birth_year", "birth year is after the death date");
        }
        if (LatestDate is { } latest)
        {
            if (episode.BirthYear > latest.Year)
            {
                Reject(IssueKind.ImpossibleBirthYear, "birth_year", $"birth year is after {ServiceCodeInfo.Iso(latest)} (the latest plausible date)");
            }
            if (episode.DeathDate is { } d && d > latest)
            {
                Reject(IssueKind.ImpossibleDate, "death_date", $"death date is after {ServiceCodeInfo.Iso(latest)} (the latest plausible date)");
            }
        }

        var code = episode.ServiceCode;
        var corrected = false;
        if (start is not { } startDate)
        {
            Reject(IssueKind.StartMissing, "start_date", "start date is missing");
        }
        else
        {
            if (startDate < EarliestStart)
            {
                Reject(IssueKind.StartBefore1980, "start_date", "start date is before 1980-01-01 (published validity filter)");
            }
            if (episode.End is { } end && end < startDate)
            {
                Reject(IssueKind.EndBeforeStart, "end_date", "end date is before the start date");
            }
            if (episode.DeathDate is { } diedOn && diedOn.Year < startDate.Year)
            {
                Reject(IssueKind.DiedBeforeStartYear, "death_date", "the person died in a year before the start's year (published validity filter)");
            }
            var status = Catalogue.Lookup(code, startDate).Status;
            switch (status)
            {
                case ServiceCodeStatus.Valid:
                    break;
                case ServiceCodeStatus.Unknown:
                    Reject(IssueKind.UnknownServiceCode, "service_code", $"service code {code} is not in the catalogue");
                    break;
                case ServiceCodeStatus.Ended when Catalogue.Recode(code, startDate) is { Outcome: RecodeOutcome.Recoded, Code: { } successor }:
                    (issues ??= []).Add(new ValidationIssue(IssueKind.ServiceCodeRecoded, IssueSeverity.Correction, origin.WithField("service_code"),
                        $"service code {code} had ended before the start date; recoded to {successor}"));
                    code = successor;
                    corrected = true;
                    break;
                case ServiceCodeStatus.Ended when Catalogue.Recode(code, startDate) is { Outcome: RecodeOutcome.CountedInGroup, Group: { } group }:
                    (issues ??= []).Add(new ValidationIssue(IssueKind.ServiceCodeCountedInGroup, IssueSeverity.Correction, origin.WithField("service_code"),
                        $"service code {code} had ended before the start date; kept and counted in group {group.Id}"));
                    corrected = true;
                    break;
                case ServiceCodeStatus.Ended:
                    Reject(IssueKind.ServiceCodeNotValidOnDate, "service_code", $"service code {code} had ended before the start date");
                    break;
                default:
                    Reject(IssueKind.ServiceCodeNotValidOnDate, "service_code", $"service code {code} was not yet valid on the start date");
                    break;
            }
            if (!MunicipalityValidDuring(episode.Municipality, startDate, EffectiveEnd(episode)))
            {
                Reject(IssueKind.MunicipalityNotValidOnDate, "municipality",
                    IsKnown(episode.Municipality) ? "municipality code was not valid at any time during the episode" : "municipality code is unknown");
            }
        }

        if (episode.HoursPerWeek is { } hours && !(hours >= 0 && hours <= 168))
        {
            Reject(IssueKind.HoursOutOfRange, "hours_per_week", "hours per week must be within 0-168");
        }
        if (!rejected && start is { } st && episode.DeathDate is { } died && died < st)
        {
            (issues ??= []).Add(new ValidationIssue(IssueKind.StartAfterDeath, IssueSeverity.Warning, origin.WithField("death_date"),
                "the start date is after the death date"));
        }

        if (rejected)
        {
            return new EpisodeValidation(null, issues!, false);
        }
        var accepted = corrected ? episode.WithServiceCode(code) : episode;
        return new EpisodeValidation(accepted, (IReadOnlyList<ValidationIssue>?)issues ?? [], corrected);
    }

    private static LocalDate? EffectiveEnd(ServiceEpisode episode) =>
        episode.End is { } end
            ? (episode.DeathDate is { } d && d < end && d >= episode.Start ? d : end)
            : episode.DeathDate is { } death && death >= episode.Start ? death : null;

    private bool IsKnown(MunicipalityCode code) => (uint)code.Value < 10000 && _municipalityPeriods[code.Value] is not null;

    private bool MunicipalityValidDuring(MunicipalityCode code, LocalDate start, LocalDate? end)
    {
        if ((uint)code.Value >= 10000 || _municipalityPeriods[code.Value] is not { } periods)
        {
            return false;
        }
        var from = DayNumbers.From(start);
        var to = end is { } e ? DayNumbers.From(e) : int.MaxValue;
        foreach (var (pFrom, pTo) in periods)
        {
            if (pFrom <= to && from <= pTo)
            {
                return true;
            }
        }
        return false;
    }
}
