using System.Globalization;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Register;

/// <summary>
/// One decision (vedtak) as reported to KPR: a person (pseudonym), their birth year, sex and residence municipality,
/// a service code with start and end date, and the optional hours per week, bistandsbehov, coordinator, individual
/// plan and death date.
/// </summary>
/// <remarks>
/// <para>An episode is the record <em>as reported</em>: it may be invalid (no start date, end before start, a code
/// not valid on its start date…). <see cref="EpisodeValidator"/> says what is wrong; <see cref="RegisterBuilder"/>
/// keeps the valid ones. The constructor checks only that the person id is not null.</para>
/// <para>A null <see cref="End"/> is an open decision (til-dato not set, or in the future). Null
/// <see cref="Coordinator"/> / <see cref="IndividualPlan"/> mean "not reported".</para>
/// <para>Equality compares every field (person ids ordinally; hours exactly).</para>
/// </remarks>
/// <threadsafety>Immutable.</threadsafety>
public sealed class ServiceEpisode : IEquatable<ServiceEpisode>
{
    /// <summary>Creates an episode as reported (not validated).</summary>
    /// <param name="personId">The person's pseudonym.</param>
    /// <param name="birthYear">The birth year.</param>
    /// <param name="sex">The sex (1 = male, 2 = female).</param>
    /// <param name="municipality">The residence municipality (bostedskommune).</param>
    /// <param name="serviceCode">The service code (tjenestetype).</param>
    /// <param name="start">The start date (fra-dato), null when missing.</param>
    /// <param name="end">The end date (til-dato), null when open.</param>
    /// <param name="hoursPerWeek">Hours per week, null when not reported.</param>
    /// <param name="bistandsbehov">The need for assistance.</param>
    /// <param name="coordinator">Whether the person has a coordinator, null when not reported.</param>
    /// <param name="individualPlan">Whether the person has an individual plan, null when not reported.</param>
    /// <param name="deathDate">The death date, null when alive or not reported.</param>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> is null.</exception>
    public ServiceEpisode(string personId, int birthYear, Sex sex, MunicipalityCode municipality, ServiceCode serviceCode,
        LocalDate? start, LocalDate? end = null, double? hoursPerWeek = null, Bistandsbehov bistandsbehov = Bistandsbehov.Uoppgitt,
        bool? coordinator = null, bool? individualPlan = null, LocalDate? deathDate = null)
    {
        ArgumentNullException.ThrowIfNull(personId);
        PersonId = personId;
        BirthYear = birthYear;
        Sex = sex;
        Municipality = municipality;
        ServiceCode = serviceCode;
        Start = start;
        End = end;
        HoursPerWeek = hoursPerWeek;
        Bistandsbehov = bistandsbehov;
        Coordinator = coordinator;
        IndividualPlan = individualPlan;
        DeathDate = deathDate;
    }

    /// <summary>The person's pseudonym (never printed in messages).</summary>
    public string PersonId { get; }

    /// <summary>The birth year.</summary>
    public int BirthYear { get; }

    /// <summary>The sex.</summary>
    public Sex Sex { get; }

    /// <summary>The residence municipality (bostedskommune) as reported for this decision.</summary>
    public MunicipalityCode Municipality { get; }

    /// <summary>The service code.</summary>
    public ServiceCode ServiceCode { get; }

    /// <summary>The start date (fra-dato); null when missing (a validation issue).</summary>
    public LocalDate? Start { get; }

    /// <summary>The end date (til-dato); null when open.</summary>
    public LocalDate? End { get; }

    /// <summary>Hours per week; null when not reported.</summary>
    public double? HoursPerWeek { get; }

    /// <summary>The need for assistance.</summary>
    public Bistandsbehov Bistandsbehov { get; }

    /// <summary>Whether the person has a coordinator (koordinator); null when not reported.</summary>
    public bool? Coordinator { get; }

    /// <summary>Whether the person has an individual plan (individuell plan); null when not reported.</summary>
    public bool? IndividualPlan { get; }

    /// <summary>The death date; null when alive or not reported.</summary>
    public LocalDate? DeathDate { get; }

    /// <summary>A copy with another service code (e.g. after recoding 12 → 29).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The copy.</returns>
    public ServiceEpisode WithServiceCode(ServiceCode code) =>
        new(PersonId, BirthYear, Sex, Municipality, code, Start, End, HoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, DeathDate);

    /// <summary>A copy with other start and end dates.</summary>
    /// <param name="start">The start date, or null.</param>
    /// <param name="end">The end date, or null when open.</param>
    /// <returns>The copy.</returns>
    public ServiceEpisode WithDates(LocalDate? start, LocalDate? end) =>
        new(PersonId, BirthYear, Sex, Municipality, ServiceCode, start, end, HoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, DeathDate);

    /// <summary>A copy with another residence municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The copy.</returns>
    public ServiceEpisode WithMunicipality(MunicipalityCode municipality) =>
        new(PersonId, BirthYear, Sex, municipality, ServiceCode, Start, End, HoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, DeathDate);

    /// <summary>A copy with other hours per week.</summary>
    /// <param name="hoursPerWeek">The hours, or null.</param>
    /// <returns>The copy.</returns>
    public ServiceEpisode WithHoursPerWeek(double? hoursPerWeek) =>
        new(PersonId, BirthYear, Sex, Municipality, ServiceCode, Start, End, hoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, DeathDate);

    /// <summary>A copy with another birth year.</summary>
    /// <param name="birthYear">The birth year.</param>
    /// <returns>The copy.</returns>
    public ServiceEpisode WithBirthYear(int birthYear) =>
        new(PersonId, birthYear, Sex, Municipality, ServiceCode, Start, End, HoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, DeathDate);

    /// <summary>A copy with another death date.</summary>
    /// <param name="deathDate">The death date, or null.</param>
    /// <returns>The copy.</returns>
    public ServiceEpisode WithDeathDate(LocalDate? deathDate) =>
        new(PersonId, BirthYear, Sex, Municipality, ServiceCode, Start, End, HoursPerWeek, Bistandsbehov, Coordinator, IndividualPlan, deathDate);

    /// <inheritdoc/>
    public bool Equals(ServiceEpisode? other) =>
        other is not null
        && string.Equals(PersonId, other.PersonId, StringComparison.Ordinal)
        && BirthYear == other.BirthYear && Sex == other.Sex && Municipality == other.Municipality
        && ServiceCode == other.ServiceCode && Start == other.Start && End == other.End
        && Nullable.Equals(HoursPerWeek, other.HoursPerWeek) && Bistandsbehov == other.Bistandsbehov
        && Coordinator == other.Coordinator && IndividualPlan == other.IndividualPlan && DeathDate == other.DeathDate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServiceEpisode);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(PersonId), BirthYear, Municipality, ServiceCode, Start, End, HoursPerWeek, DeathDate);

    /// <summary>Culture-invariant text of every field except the person id (kept out of logs and test output):
    /// <c>born 1940 sex 2 municipality 0301 code 15 2020-03-01..open</c>, then the optional fields that are set.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"born {BirthYear} sex {(int)Sex} municipality {Municipality} code {ServiceCode} {Iso(Start, "?")}..{Iso(End, "open")}");
        if (HoursPerWeek is { } hours)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" hours {hours:R}");
        }
        if (Bistandsbehov != Bistandsbehov.Uoppgitt)
        {
            text += " " + Bistandsbehov.ToId();
        }
        if (Coordinator is { } c)
        {
            text += c ? " coordinator" : " no-coordinator";
        }
        if (IndividualPlan is { } p)
        {
            text += p ? " plan" : " no-plan";
        }
        if (DeathDate is { } d)
        {
            text += " died " + Iso(d, "");
        }
        return text;
    }

    private static string Iso(LocalDate? date, string missing) =>
        date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : missing;
}
