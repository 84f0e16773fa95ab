using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Register;

public class EpisodeValidatorTests
{
    internal static readonly MunicipalityCode Oslo = MunicipalityCode.Parse("0301");
    internal static readonly MunicipalityCode Halden2019 = MunicipalityCode.Parse("0101");
    internal static readonly MunicipalityCode Halden2020 = MunicipalityCode.Parse("3001");

    internal static ServiceEpisode Episode(int code = 15, string? start = "2021-03-01", string? end = null, int birthYear = 1940,
        MunicipalityCode? municipality = null, double? hours = null, string person = "p1", string? death = null) =>
        new(person, birthYear, Sex.Female, municipality ?? Oslo, ServiceCode.FromNumber(code),
            start is null ? null : Date(start), end is null ? null : Date(end), hours, deathDate: death is null ? null : Date(death));

    internal static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    private static EpisodeValidation Check(ServiceEpisode e) => EpisodeValidator.Default.Validate(e, RecordOrigin.At("x.csv", 5));

    [Fact]
    public void Clean_episode_is_accepted_unchanged()
    {
        var e = Episode();
        var result = Check(e);
        Assert.Same(e, result.Accepted);
        Assert.Empty(result.Issues);
        Assert.False(result.IsCorrected);
    }

    [Theory]
    [InlineData(null, null, IssueKind.StartMissing, "start_date")]
    [InlineData("2021-03-01", "2021-02-28", IssueKind.EndBeforeStart, "end_date")]
    public void Date_faults_are_rejected_with_their_field(string? start, string? end, IssueKind kind, string field)
    {
        var result = Check(Episode(start: start, end: end));
        Assert.True(result.IsRejected);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(kind, issue.Kind);
        Assert.Equal(IssueSeverity.Rejection, issue.Severity);
        Assert.Equal(RecordOrigin.At("x.csv", 5).WithField(field), issue.Origin);
    }

    [Fact]
    public void End_on_start_day_is_fine() => Assert.False(Check(Episode(start: "2021-03-01", end: "2021-03-01")).IsRejected);

    [Theory]
    [InlineData(10, "2021-01-01", IssueKind.UnknownServiceCode)]
    [InlineData(29, "2018-06-01", IssueKind.ServiceCodeNotValidOnDate)]
    [InlineData(27, "2018-12-31", IssueKind.ServiceCodeNotValidOnDate)]
    public void Codes_not_valid_on_the_start_date_are_rejected(int code, string start, IssueKind kind)
    {
        var result = Check(Episode(code: code, start: start));
        Assert.True(result.IsRejected);
        Assert.Equal(kind, Assert.Single(result.Issues).Kind);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    public void Housing_codes_after_2018_are_recoded_to_29_and_reported(int code)
    {
        var result = Check(Episode(code: code, start: "2020-05-01"));
        Assert.False(result.IsRejected);
        Assert.True(result.IsCorrected);
        Assert.Equal(29, result.Accepted!.ServiceCode.Number);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueKind.ServiceCodeRecoded, issue.Kind);
        Assert.Equal(IssueSeverity.Correction, issue.Severity);
    }

    [Theory]
    [InlineData("2019-01-01")]
    [InlineData("2020-06-15")]
    public void Code_16_after_2018_is_kept_as_home_services_with_a_correction(string start)
    {
        // 16 left the service list in 2019 (a person attribute since); rows that still carry it count as tjenester
        // til hjemmeboende (issue 13 point 2).
        var result = Check(Episode(code: 16, start: start));
        Assert.False(result.IsRejected);
        Assert.True(result.IsCorrected);
        Assert.Equal(16, result.Accepted!.ServiceCode.Number);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((IssueKind.ServiceCodeCountedInGroup, IssueSeverity.Correction), (issue.Kind, issue.Severity));
        Assert.Contains("hjemmeboende", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1979-12-31", true)]
    [InlineData("1975-06-01", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("1980-01-01", false)]
    public void Start_before_1980_is_rejected_by_the_published_filter(string start, bool rejected)
    {
        var result = Check(Episode(start: start, birthYear: 1930));
        Assert.Equal(rejected, result.IsRejected);
        Assert.Equal(rejected, result.Issues.Any(i => i.Kind == IssueKind.StartBefore1980 && i.Origin.Field == "start_date"));
    }

    [Fact]
    public void Year_one_start_open_end_and_birth_year_zero_is_rejected_with_each_rule()
    {
        // Issue 13 point 3: a decision from year 1 with an end in 9999 and a person born in year 0 was counted.
        var result = Check(Episode(start: "0001-01-01", end: "9999-12-31", birthYear: 0));
        Assert.True(result.IsRejected);
        Assert.Contains(result.Issues, i => i.Kind == IssueKind.StartBefore1980);
        // Born in year 0 and counted in 2021 is an age of 2021: implausible whatever the start.
        Assert.Equal(IssueKind.ImpossibleBirthYear, Assert.Single(Check(Episode(start: "2021-03-01", birthYear: 0)).Issues).Kind);
    }

    [Fact]
    public void Death_before_the_start_year_is_rejected_same_year_is_a_warning()
    {
        var result = Check(Episode(start: "2021-03-01", death: "2020-12-31"));
        Assert.True(result.IsRejected);
        Assert.Equal(IssueKind.DiedBeforeStartYear, Assert.Single(result.Issues).Kind);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(Check(Episode(start: "2021-03-01", death: "2021-01-15")).Issues).Severity);
    }

    [Fact]
    public void Death_or_birth_after_the_latest_date_is_rejected_when_the_caller_sets_one()
    {
        var validator = new EpisodeValidator(ServiceCatalogue.Default, MunicipalityHistory.Default, latestDate: Date("2026-11-30"));
        var future = validator.Validate(Episode(start: "2021-03-01", death: "2027-01-01"), RecordOrigin.At("x.csv", 5));
        Assert.Equal((IssueKind.ImpossibleDate, "death_date"), (Assert.Single(future.Issues).Kind, future.Issues[0].Origin.Field));
        Assert.False(validator.Validate(Episode(start: "2021-03-01", death: "2026-11-30"), RecordOrigin.At("x.csv", 5)).IsRejected);
        Assert.False(Check(Episode(start: "2021-03-01", death: "2027-01-01")).IsRejected); // the default reads no clock
    }

    [Fact]
    public void Housing_code_before_2019_is_kept()
    {
        var result = Check(Episode(code: 12, start: "2017-05-01"));
        Assert.Equal(12, result.Accepted!.ServiceCode.Number);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Municipality_must_be_valid_during_the_episode()
    {
        // 3001 Halden exists from 2020; 0101 Halden until 2019.
        Assert.True(Check(Episode(start: "2019-02-01", end: "2019-06-01", municipality: Halden2020)).IsRejected);
        Assert.True(Check(Episode(start: "2021-02-01", municipality: Halden2019)).IsRejected);
        Assert.False(Check(Episode(start: "2016-02-01", municipality: Halden2020)).IsRejected);
        Assert.False(Check(Episode(start: "2019-12-01", end: "2020-06-01", municipality: Halden2019)).IsRejected);
        var unknown = Check(Episode(municipality: MunicipalityCode.FromInt32(9998)));
        Assert.Equal(IssueKind.MunicipalityNotValidOnDate, Assert.Single(unknown.Issues).Kind);
    }

    [Theory]
    [InlineData(2022, true)]
    [InlineData(2021, false)]
    [InlineData(1896, false)]
    [InlineData(1895, true)]
    public void Impossible_birth_years_are_rejected(int birthYear, bool rejected)
    {
        var result = Check(Episode(start: "2021-03-01", birthYear: birthYear));
        Assert.Equal(rejected, result.IsRejected);
        if (rejected)
        {
            Assert.Equal(IssueKind.ImpossibleBirthYear, Assert.Single(result.Issues).Kind);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(168, false)]
    [InlineData(37.5, false)]
    [InlineData(168.01, true)]
    [InlineData(-0.5, true)]
    [InlineData(double.NaN, true)]
    public void Hours_must_be_within_a_week(double hours, bool rejected) =>
        Assert.Equal(rejected, Check(Episode(hours: hours)).IsRejected);

    [Fact]
    public void Start_after_death_is_a_warning()
    {
        var result = Check(Episode(start: "2021-03-01", death: "2021-02-01"));
        Assert.False(result.IsRejected);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(result.Issues).Severity);
    }

    [Fact]
    public void Several_faults_are_all_reported()
    {
        var result = Check(Episode(code: 10, start: "2021-03-01", end: "2021-01-01", hours: 200, birthYear: 2030));
        Assert.Equal(
            [IssueKind.ImpossibleBirthYear, IssueKind.EndBeforeStart, IssueKind.UnknownServiceCode, IssueKind.HoursOutOfRange],
            result.Issues.Select(i => i.Kind).ToArray());
    }

    [Fact]
    public void Messages_never_contain_the_person_id()
    {
        var result = Check(Episode(code: 10, person: "SECRET-ID", start: null));
        Assert.All(result.Issues, i => Assert.DoesNotContain("SECRET", i.ToString(), StringComparison.Ordinal));
    }
}
