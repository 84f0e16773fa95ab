using Kpr.Core.Measures;
using Kpr.Core.Population;

namespace Kpr.Core.Tests.Measures;

/// <summary>Direct standardisation against a Norwegian population (any supplied standard), with real SSB figures.</summary>
public class NorwegianStandardTests
{
    private static StandardPopulation NorwayAtEndOf(int year) =>
        StandardPopulation.Create($"Norway {year}", AgeGroupSet.Esp2013.Groups.Select(g =>
            new KeyValuePair<string, double>(g.ToString(), PopulationTable.Default.ForCountry(year, g).Value)));

    [Fact]
    public void The_two_embedded_copies_of_ESP2013_agree()
    {
        Assert.Equal(AgeGroupSet.Esp2013.Groups.Select(g => g.ToString()), StandardPopulation.Esp2013.Bands);
        Assert.Equal(AgeGroupSet.Esp2013Weights.Select(w => (double)w), StandardPopulation.Esp2013.Weights);
    }

    [Fact]
    public void Norway_as_standard_for_Norway_gives_the_crude_rate_and_uniform_rates_give_that_rate()
    {
        var standard = NorwayAtEndOf(2021);
        Assert.True(standard.Total > 5_000_000);
        // An "area" with Norway's own population and 2 % in every band but the oldest (30 %): DSR = crude rate.
        var strata = standard.Bands.Select((b, i) =>
        {
            var population = standard.Weights[i];
            var share = i == standard.Bands.Count - 1 ? 0.30 : 0.02;
            return StratumCount.Create(b, (long)Math.Round(population * share), population);
        }).ToList();
        var dsr = DirectlyStandardisedRate.Create(strata, standard);
        Assert.Equal(dsr.CrudeRate, dsr.Value, 9);
        // The same area standardised to ESP2013 weighs the 90+ band (1 % of ESP2013) differently.
        var esp = DirectlyStandardisedRate.Create(strata.Select((s, i) => StratumCount.Create(StandardPopulation.Esp2013.Bands[i], s.Count, s.Population)), StandardPopulation.Esp2013);
        Assert.NotEqual(Math.Round(dsr.Value, 3), Math.Round(esp.Value, 3));
        Assert.True(esp.Interval.Contains(esp.Value));
    }
}
