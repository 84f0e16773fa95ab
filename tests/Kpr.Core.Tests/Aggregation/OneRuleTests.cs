using Kpr.Core.Aggregation;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Each rule has one implementation; these checks feed the same data through every consumer of a rule.</summary>
public class OneRuleTests
{
    [Theory]
    [InlineData(2019)] // memberships changed (catchment areas before the 2020 helsefellesskap)
    [InlineData(2020)]
    [InlineData(2024)]
    public void Helsefellesskap_population_is_the_sum_of_its_municipalities_placed_by_the_counting_rule(int year)
    {
        var municipalities = PopulationTable.Default.Query(year, RegionLevel.Municipality, AgeGroupSet.Total);
        var helsefellesskap = PopulationTable.Default.Query(year, RegionLevel.Helsefellesskap, AgeGroupSet.Total);
        var sums = municipalities.Cells
            .GroupBy(c => MunicipalityInYear.HelsefellesskapOf(HelsefellesskapDirectory.Default, MunicipalityCode.Parse(c.Region), year)!.Id)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Population));
        Assert.Equal(19, helsefellesskap.Cells.Count);
        foreach (var cell in helsefellesskap.Cells)
        {
            Assert.Equal(sums.GetValueOrDefault(cell.Region), cell.Population, 6);
        }
    }

    [Fact]
    public void Regional_health_authority_ids_are_one_set_for_counts_and_populations()
    {
        var register = EpisodeRegister.FromEpisodes(HelsefellesskapDirectory.Default.All.Select((h, i) =>
            new ServiceEpisode("p" + i, 1950, Sex.Female,
                HelsefellesskapDirectory.Default.Memberships.First(m => m.HelsefellesskapId == h.Id && m.IsValidOn(new LocalDate(2021, 12, 31))).Municipality,
                ServiceCode.FromNumber(15), new LocalDate(2021, 1, 1), null, null, Bistandsbehov.Uoppgitt, null, null, null)));
        var rates = register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.RegionalHealthAuthority]);
        var axis = rates.Recipients.Axes[0];
        Assert.Equal(RegionalHealthAuthorities.All.Select(a => a.Id()).ToArray(), axis.Values.ToArray());
        foreach (var authority in RegionalHealthAuthorities.All)
        {
            var expected = PopulationTable.Default.ForRegionalHealthAuthority(authority, 2021, AgeGroup.All).Value;
            Assert.Equal(expected, rates.RateAt(authority.Id()).Population!.Value, 6);
            Assert.True(RegionalHealthAuthorities.TryParse(authority.Id(), out var parsed) && parsed == authority);
        }
        Assert.Equal(19, rates.Recipients.GrandTotal);
    }

    [Fact]
    public void Residence_from_the_register_and_from_the_counting_kernels_agree()
    {
        // A person who moves twice in 2021 and keeps an old code on an open episode: the register's rule and the
        // counts by municipality must place every person in the same municipality.
        ServiceEpisode E(string person, string municipality, string start, string? end) =>
            new(person, 1950, Sex.Male, MunicipalityCode.Parse(municipality), ServiceCode.FromNumber(15),
                LocalDate.FromDateOnly(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)),
                end is null ? null : LocalDate.FromDateOnly(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
                null, Bistandsbehov.Uoppgitt, null, null, null);
        var register = EpisodeRegister.FromEpisodes(
        [
            E("a", "0301", "2021-01-01", "2021-05-31"), E("a", "4601", "2021-06-01", "2021-09-30"), E("a", "5001", "2021-10-01", null),
            E("b", "4601", "2020-01-01", null), E("b", "0301", "2021-03-01", "2021-03-31"),
            E("c", "1103", "2021-02-01", null), E("c", "1103", "2021-02-01", "2021-12-31"),
        ]);
        var cube = register.CountRecipients(CountingPeriod.During(2021), [Dimension.Municipality(2021)]);
        var expected = Enumerable.Range(0, register.PersonCount).Select(p => register.Residence(p, 2021)!.Value.ToString())
            .GroupBy(m => m).ToDictionary(g => g.Key, g => (long)g.Count());
        foreach (var (municipality, n) in expected)
        {
            Assert.Equal(n, cube.Count(municipality));
        }
        Assert.Equal(register.PersonCount, cube.GrandTotal);
    }
}
