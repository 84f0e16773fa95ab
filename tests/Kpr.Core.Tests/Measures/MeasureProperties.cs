using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Measures;

namespace Kpr.Core.Tests.Measures;

/// <summary>Invariants of the interval methods, over bounded counts so that overflow is not what gets tested.</summary>
public class MeasureProperties
{
    private static readonly Gen<ConfidenceLevel> Levels =
        Gen.Choose(1, 9998).Select(permyriad => ConfidenceLevel.Create(permyriad / 10000.0));

    private static Arbitrary<(long Count, long Population, ConfidenceLevel Level)> RateInputs() =>
        (from population in Gen.Choose(1, 1_000_000)
         from count in Gen.Frequency((3, Gen.Choose(0, 30)), (1, Gen.Choose(0, 20_000)))
         from level in Levels
         select ((long)count, (long)population, level)).ToArbitrary();

    private static Arbitrary<(long Count, long Denominator, ConfidenceLevel Level)> ShareInputs() =>
        (from denominator in Gen.Choose(1, 100_000)
         from count in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(denominator)), (4, Gen.Choose(0, denominator)))
         from level in Levels
         select ((long)count, (long)denominator, level)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Rate_interval_contains_the_estimate() =>
        Prop.ForAll(RateInputs(), x =>
        {
            var rate = Rate.Create(x.Count, x.Population, 1000, x.Level);
            return rate.Interval.Contains(rate.Value).Label(rate.ToString("R", null));
        });

    [Property(MaxTest = 300)]
    public Property Rate_interval_contains_the_estimate_for_every_method() =>
        Prop.ForAll(RateInputs(), Gen.Elements(CountIntervalMethod.Exact, CountIntervalMethod.Byar).ToArbitrary(), (x, method) =>
        {
            var rate = Rate.Create(x.Count, x.Population, 1000, x.Level).WithMethod(method);
            return rate.Interval.Contains(rate.Value) && rate.Interval.Lower >= 0;
        });

    [Property(MaxTest = 300)]
    public Property Rate_interval_widens_with_the_level() =>
        Prop.ForAll(RateInputs(), Levels.ToArbitrary(), (x, other) =>
        {
            var rate = Rate.Create(x.Count, x.Population);
            var (low, high) = x.Level.Value <= other.Value ? (x.Level, other) : (other, x.Level);
            var narrow = rate.IntervalAt(low);
            var wide = rate.IntervalAt(high);
            return (wide.Lower <= narrow.Lower && wide.Upper >= narrow.Upper).Label($"{rate} at {low} vs {high}");
        });

    [Property(MaxTest = 300)]
    public Property Rate_interval_narrows_as_the_denominator_grows_at_a_fixed_ratio() =>
        Prop.ForAll(RateInputs(), Gen.Choose(2, 50).ToArbitrary(), (x, k) =>
        {
            var small = Rate.Create(x.Count, x.Population, 1000, x.Level);
            var large = Rate.Create(x.Count * k, x.Population * k, 1000, x.Level);
            return (large.Interval.Width <= small.Interval.Width).Label($"{small} vs {large}");
        });

    [Property(MaxTest = 300)]
    public Property Wilson_limits_stay_within_0_and_1_and_contain_the_share() =>
        Prop.ForAll(ShareInputs(), x =>
        {
            var share = Proportion.Create(x.Count, x.Denominator, per: 1, x.Level);
            var ci = share.Interval;
            return (ci.Lower >= 0 && ci.Upper <= 1 && ci.Contains(share.Value)).Label(share.ToString("R", null));
        });

    [Property(MaxTest = 300)]
    public Property Wilson_interval_widens_with_the_level_and_narrows_with_the_denominator() =>
        Prop.ForAll(ShareInputs(), Gen.Choose(2, 20).ToArbitrary(), (x, k) =>
        {
            var share = Proportion.Create(x.Count, x.Denominator, 100, x.Level);
            var wider = share.IntervalAt(Math.Min(0.9999, x.Level.Value + (1 - x.Level.Value) / 2));
            var larger = Proportion.Create(x.Count * k, x.Denominator * k, 100, x.Level);
            return (wider.Width >= share.Interval.Width && larger.Interval.Width <= share.Interval.Width).Label(share.ToString());
        });

    [Property(MaxTest = 300)]
    public Property Percentage_point_change_of_equal_shares_is_zero_and_its_interval_contains_zero() =>
        Prop.ForAll(ShareInputs(), Gen.Choose(1, 5).ToArbitrary(), (x, k) =>
        {
            var a = Proportion.Create(x.Count, x.Denominator, 100, x.Level);
            var b = Proportion.Create(x.Count * k, x.Denominator * k, 100, x.Level);
            var change = a - b;
            return (change.Value == 0 && change.Interval.Contains(0)).Label(change.ToString());
        });

    [Property(MaxTest = 200)]
    public Property Percentage_point_change_is_antisymmetric_and_its_interval_contains_the_estimate() =>
        Prop.ForAll(ShareInputs(), ShareInputs(), (x, y) =>
        {
            var a = Proportion.Create(x.Count, x.Denominator, 100, x.Level);
            var b = Proportion.Create(y.Count, y.Denominator, 100, x.Level);
            var ab = a - b;
            var ba = b - a;
            return (ab.Value == -ba.Value && ab.Interval.Contains(ab.Value)
                && Math.Abs(ab.Interval.Lower + ba.Interval.Upper) < 1e-9).Label(ab.ToString("R", null));
        });

    [Property(MaxTest = 200)]
    public Property Presentation_rounding_is_within_half_a_unit_and_idempotent() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 997.0).ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (value, decimals) =>
        {
            var rounded = PresentationRounding.Round(value, decimals);
            var half = 0.5 * Math.Pow(10, -decimals);
            return Math.Abs(rounded - value) <= half * (1 + 1e-9) && PresentationRounding.Round(rounded, decimals) == rounded;
        });
}
