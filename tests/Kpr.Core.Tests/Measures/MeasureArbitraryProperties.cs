using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Measures;
using Kpr.Core.Testing.Measures;

namespace Kpr.Core.Tests.Measures;

/// <summary>Properties over the shipped <see cref="MeasureArbitraries"/> (so they are exercised, and shrink).</summary>
[Properties(Arbitrary = [typeof(MeasureArbitraries)], MaxTest = 200)]
public class MeasureArbitraryProperties
{
    [Property]
    public bool Rate_interval_contains_the_estimate_at_any_level(Rate rate, ConfidenceLevel level) =>
        rate.IntervalAt(level).Contains(rate.Value) && rate.IntervalAt(level).Level == level;

    [Property]
    public bool Rate_merge_is_commutative_and_associative(Rate a, Rate b, Rate c) =>
        a.Merge(b) == b.Merge(a) && a.Merge(b).Merge(c) == a.Merge(b.Merge(c));

    [Property]
    public bool Rate_merge_conserves_counts_and_populations(Rate a, Rate b) =>
        a.Merge(b).Count == a.Count + b.Count && a.Merge(b).Population == a.Population + b.Population;

    [Property]
    public bool Equality_operators_and_hash_codes_agree(Rate a, Rate b, Proportion p, Proportion q) =>
        (a.Equals(b) == (a == b)) && (a == b) != (a != b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
        && (p.Equals(q) == (p == q)) && (!p.Equals(q) || p.GetHashCode() == q.GetHashCode())
        && a.Equals(a) && a.Equals((object)a);

    [Property]
    public bool Share_in_percent_is_100_times_the_fraction_and_so_are_its_limits(Proportion share) =>
        share.Value == share.Fraction * 100
        && Math.Abs(share.Interval.Lower - share.WithPer(1).Interval.Lower * 100) <= 1e-12 * 100
        && Math.Abs(share.Interval.Upper - share.WithPer(1).Interval.Upper * 100) <= 1e-12 * 100;

    [Property]
    public bool Percentage_points_are_differences_not_ratios(Proportion a, Proportion b) =>
        (a - b).Value + (b - a).Value == 0 && (a - a).Value == 0;

    [Property]
    public bool Not_computable_results_format_without_throwing(Proportion share)
    {
        var missing = Proportion.Create(share.Count, null);
        var zero = Rate.Create(share.Count, 0);
        return missing.ToString() == $"{share.Count}/NA → not computable: missing denominator"
            && zero.ToString("F2", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")).EndsWith("not computable: zero denominator", StringComparison.Ordinal)
            && double.IsNaN(missing.Value) && missing.Interval.IsEmpty;
    }
}
