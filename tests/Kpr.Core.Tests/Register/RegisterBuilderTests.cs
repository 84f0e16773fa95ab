using Kpr.Core.Register;
using static Kpr.Core.Tests.Register.EpisodeValidatorTests;

namespace Kpr.Core.Tests.Register;

public class RegisterBuilderTests
{
    [Fact]
    public void Identical_decisions_count_once_and_are_reported_on_their_line()
    {
        var episodes = new[]
        {
            Episode(person: "a", start: "2020-01-10", end: "2020-02-01", hours: 3),
            Episode(person: "b", start: "2020-01-10"),
            Episode(person: "a", start: "2020-01-10", end: "2020-02-01", hours: 3),
            Episode(person: "a", start: "2020-01-10", end: "2020-02-01", hours: 4),
            Episode(person: "a", start: null),
        };
        var register = EpisodeRegister.FromEpisodes(episodes, "f.csv");
        var v = register.Validation;
        Assert.Equal(5, v.RowsRead);
        Assert.Equal(3, v.Accepted);
        Assert.Equal(1, v.Rejected);
        Assert.Equal(1, v.Duplicates);
        Assert.Equal(v.RowsRead, v.Accepted + v.Rejected + v.Duplicates);
        var duplicate = Assert.Single(v.Issues, i => i.Kind == IssueKind.DuplicateDecision);
        Assert.Equal(3, duplicate.Origin.Line);
        Assert.Contains("line 1", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(3, register.EpisodeCount);
        Assert.Equal(2, register.PersonCount);
    }

    [Fact]
    public void Episodes_are_grouped_by_person_and_sorted_by_start()
    {
        var register = EpisodeRegister.FromEpisodes(
        [
            Episode(person: "a", start: "2021-05-01"),
            Episode(person: "b", start: "2020-01-10"),
            Episode(person: "a", start: "2019-05-01", code: 6),
        ]);
        Assert.Equal([0, 2, 3], register.PersonEpisodeOffsets.ToArray());
        Assert.Equal("a", register.PersonId(0));
        Assert.Equal(0, register.FindPerson("a"));
        Assert.Equal(1, register.FindPerson("b"));
        Assert.Equal(-1, register.FindPerson("c"));
        Assert.Equal(6, register.ServiceCodes[0]);
        Assert.Equal(0, register.PersonOf(1));
        Assert.Equal(1, register.PersonOf(2));
        Assert.Equal(Date("2019-05-01"), register.GetEpisode(0).Start);
    }

    [Fact]
    public void Episodes_come_back_as_given()
    {
        var e = new ServiceEpisode("x", 1931, Kpr.Core.Population.Sex.Male, Oslo, Kpr.Core.Services.ServiceCode.FromNumber(21),
            Date("2015-03-01"), Date("2021-07-01"), 7.3, Bistandsbehov.Omfattende, true, false, Date("2021-07-01"));
        var register = EpisodeRegister.FromEpisodes([e]);
        Assert.Equal(e, register.GetEpisode(0));
    }

    [Fact]
    public void Recoded_rows_are_counted_as_corrected()
    {
        var register = EpisodeRegister.FromEpisodes([Episode(code: 13, start: "2020-02-01"), Episode(code: 13, start: "2020-02-01")]);
        Assert.Equal(1, register.Validation.Corrected);
        Assert.Equal(1, register.Validation.Duplicates);
        Assert.Equal(29, register.ServiceCodes[0]);
    }

    [Fact]
    public void Residence_is_the_last_valid_municipality_in_the_year()
    {
        var register = EpisodeRegister.FromEpisodes(
        [
            Episode(person: "a", start: "2019-03-01", end: "2019-08-01", municipality: Oslo),
            Episode(person: "a", start: "2019-09-01", municipality: Halden2019),
            Episode(person: "a", start: "2020-02-01", municipality: Halden2020),
        ]);
        Assert.Equal(Halden2019, register.Residence(0, 2019));
        Assert.Equal(Halden2020, register.Residence(0, 2020));
        Assert.Equal(Halden2020, register.Residence(0, 2023));
        Assert.Null(register.Residence(0, 2018));
    }

    [Fact]
    public void Inconsistent_person_rows_are_warned_and_first_kept()
    {
        var register = EpisodeRegister.FromEpisodes([Episode(person: "a", birthYear: 1940), Episode(person: "a", birthYear: 1941, code: 6)]);
        Assert.Equal(1940, register.BirthYears[0]);
        Assert.Equal(1, register.Validation.CountByKind(IssueKind.InconsistentPerson));
        Assert.Equal(2, register.Validation.Accepted);
    }

    [Fact]
    public void Partition_covers_all_persons_without_splitting()
    {
        var episodes = Enumerable.Range(0, 50).Select(i => Episode(person: "p" + (i % 17), start: $"2020-01-{1 + i % 28:D2}", code: 1 + i % 9));
        var register = EpisodeRegister.FromEpisodes(episodes);
        foreach (var parts in new[] { 1, 2, 3, 7, 100 })
        {
            var ranges = register.PartitionPersons(parts);
            Assert.True(ranges.Count <= parts);
            Assert.Equal(0, ranges[0].Start.Value);
            Assert.Equal(register.PersonCount, ranges[^1].End.Value);
            for (var i = 1; i < ranges.Count; i++)
            {
                Assert.Equal(ranges[i - 1].End.Value, ranges[i].Start.Value);
            }
        }
    }

    [Fact]
    public void Register_is_compact()
    {
        var episodes = Enumerable.Range(0, 4000).Select(i => Episode(person: "person" + (i / 4), start: $"2020-{1 + i % 12:D2}-{1 + i % 28:D2}", code: 1 + i % 9));
        var register = EpisodeRegister.FromEpisodes(episodes);
        Assert.Equal(4000, register.EpisodeCount);
        Assert.True(register.BytesPerEpisode <= 24, $"{register.BytesPerEpisode} bytes per episode");
    }
}
