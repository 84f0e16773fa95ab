using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Measures;

namespace Kpr.Core.Tests.Measures;

public class StandardisationProperties
{
    private static Arbitrary<(long Count, int Population)[]> Areas() =>
        (from bands in Gen.Choose(1, 19)
         from strata in (from population in Gen.Choose(1, 50_000)
                         from count in Gen.Choose(0, 2_000)
                         select ((long)count, population)).ArrayOf(bands)
         select strata).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Dsr_with_the_areas_own_population_as_standard_equals_the_crude_rate() =>
        Prop.ForAll(Areas(), area =>
        {
            var bands = area.Select((_, i) => "band" + i).ToArray();
            var standard = StandardPopulation.Create("own", area.Select((s, i) => new KeyValuePair<string, double>(bands[i], s.Population)));
            var dsr = DirectlyStandardisedRate.Create(area.Select((s, i) => StratumCount.Create(bands[i], s.Count, s.Population)), standard);
            var crude = Rate.Create(area.Sum(s => s.Count), area.Sum(s => (double)s.Population));
            if (!dsr.IsComputable)
            {
                return (crude.Count < 10 && dsr.Reason == NotComputableReason.TotalCountBelowTen).Label("suppressed below 10");
            }
            return (Math.Abs(dsr.Value - crude.Value) <= 1e-12 * Math.Max(1, crude.Value) && dsr.Interval.Contains(dsr.Value))
                .Label($"{dsr} vs {crude}");
        });

    [Property(MaxTest = 200)]
    public Property Dsr_interval_widens_with_the_level() =>
        Prop.ForAll(Areas(), Gen.Choose(50, 9990).ToArbitrary(), (area, permyriad) =>
        {
            var bands = area.Select((_, i) => "band" + i).ToArray();
            var standard = StandardPopulation.Create("flat", bands.Select(b => new KeyValuePair<string, double>(b, 1000)));
            var dsr = DirectlyStandardisedRate.Create(area.Select((s, i) => StratumCount.Create(bands[i], s.Count, s.Population)), standard);
            var level = ConfidenceLevel.Create(permyriad / 10000.0);
            var higher = ConfidenceLevel.Create(Math.Min(0.9999, level.Value + 0.0005));
            return !dsr.IsComputable || (dsr.IntervalAt(higher).Lower <= dsr.IntervalAt(level).Lower && dsr.IntervalAt(higher).Upper >= dsr.IntervalAt(level).Upper);
        });

    [Property(MaxTest = 200)]
    public Property Isr_against_itself_as_reference_is_one() =>
        Prop.ForAll(Areas(), area =>
        {
            var strata = area.Select((s, i) => IndirectStratumCount.Create("band" + i, s.Count, s.Population, s.Count, s.Population));
            var ratio = IndirectlyStandardisedRatio.Create(strata);
            var total = area.Sum(s => s.Count);
            return total == 0
                ? (ratio.Reason == NotComputableReason.ZeroExpected).Label("no events")
                : (Math.Abs(ratio.Value - 1) < 1e-12 && ratio.Interval.Contains(1)).Label(ratio.ToString());
        });
}
