using Kpr.Core.Measures;

namespace Kpr.Core.Tests.Measures;

public class StandardisationExampleTests
{
    private static IEnumerable<StratumCount> Esp2013Strata(Func<int, long?> count) =>
        StandardPopulation.Esp2013.Bands.Select((b, i) => StratumCount.Create(b, count(i), 1000));

    [Fact]
    public void Esp2013_is_built_in_with_19_bands_summing_to_100000()
    {
        var esp = StandardPopulation.Esp2013;
        Assert.Equal(19, esp.Bands.Count);
        Assert.Equal(100_000, esp.Total);
        Assert.Equal("0-4", esp.Bands[0]);
        Assert.Equal("90+", esp.Bands[18]);
        Assert.True(esp.TryGetWeight("00-04", out var w) && w == 5000);
        Assert.True(esp.TryGetWeight(" 85–89 ", out var w2) && w2 == 1500);
        Assert.False(esp.TryGetWeight("95+", out _));
    }

    [Fact]
    public void Unknown_repeated_or_absent_bands_are_argument_errors()
    {
        var esp = StandardPopulation.Esp2013;
        var strata = Esp2013Strata(_ => 5).ToList();
        var unknown = strata.Take(18).Append(StratumCount.Create("90-94", 5, 1000));
        Assert.Contains("90-94", Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Create(unknown, esp)).Message, StringComparison.Ordinal);
        var absent = strata.Take(18);
        Assert.Contains("90+", Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Create(absent, esp)).Message, StringComparison.Ordinal);
        var repeated = strata.Append(strata[0]);
        Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Create(repeated, esp));
    }

    [Fact]
    public void Missing_counts_and_small_totals_are_not_computable()
    {
        var esp = StandardPopulation.Esp2013;
        var missing = DirectlyStandardisedRate.Create(Esp2013Strata(i => i == 3 ? null : 5), esp);
        Assert.Equal(NotComputableReason.MissingCount, missing.Reason);
        var asZero = DirectlyStandardisedRate.Create(Esp2013Strata(i => i == 3 ? null : 5), esp, missing: MissingStratumCount.Zero);
        Assert.True(asZero.IsComputable);
        Assert.Equal(90, asZero.TotalCount);
        var small = DirectlyStandardisedRate.Create(Esp2013Strata(i => i < 9 ? 1 : 0), esp);
        Assert.Equal(NotComputableReason.TotalCountBelowTen, small.Reason);
        Assert.True(double.IsNaN(small.Value));
        Assert.Equal("DSR 9/19000 (ESP2013) → not computable: total count < 10", small.ToString());
        var zeroPopulation = DirectlyStandardisedRate.Create(
            StandardPopulation.Esp2013.Bands.Select((b, i) => StratumCount.Create(b, 5, i == 18 ? 0 : 1000)), esp);
        Assert.Equal(NotComputableReason.ZeroStratumPopulation, zeroPopulation.Reason);
    }

    [Fact]
    public void Uniform_band_rates_give_that_rate_whatever_the_standard()
    {
        var dsr = DirectlyStandardisedRate.Create(Esp2013Strata(_ => 12), StandardPopulation.Esp2013);
        Assert.Equal(12.0, dsr.Value, 12);
        Assert.Equal(12.0, dsr.CrudeRate, 12);
        Assert.StartsWith("DSR 228/19000 (ESP2013) → 12.0 per 1000 [", dsr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Isr_with_zero_reference_population_or_zero_expected_is_not_computable()
    {
        var badReference = IndirectlyStandardisedRatio.Create([IndirectStratumCount.Create("0-4", 3, 100, 5, 0)]);
        Assert.Equal(NotComputableReason.InvalidReference, badReference.Reason);
        var zeroExpected = IndirectlyStandardisedRatio.Create([IndirectStratumCount.Create("0-4", 3, 100, 0, 1000)]);
        Assert.Equal(NotComputableReason.ZeroExpected, zeroExpected.Reason);
        var smr = IndirectlyStandardisedRatio.FromObservedAndExpected(895, 835.88356123117433, referenceValue: 100);
        Assert.Equal("ISR 895/835.88 → 107.1 [100.2, 114.3]", smr.ToString());
    }
}
