using System.Globalization;
using Kpr.Core.Measures;

namespace Kpr.Core.Tests.Measures;

public class MeasureExampleTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public void Rate_ToString_shows_the_components_and_one_decimal()
    {
        var rate = Rate.Create(12, 1000);
        Assert.Equal("12/1000 → 12.0 per 1000 [6.2, 21.0]", rate.ToString());
        Assert.Equal(12.0, rate.Value);
        Assert.Equal(IntervalMethod.Byar, rate.Interval.Method);
    }

    [Fact]
    public void Rate_formats_in_Norwegian_with_decimal_comma()
    {
        var rate = Rate.Create(12, 1000);
        Assert.Equal("12/1000 → 12,0 per 1000 [6,2; 21,0]", rate.ToString(null, Norwegian));
        Assert.Equal("12/1000 → 12,00 per 1000 [6,19; 20,96]", rate.ToString("F2", Norwegian));
    }

    [Fact]
    public void Rate_at_another_level_says_so()
    {
        var rate = Rate.Create(5, 2000).WithConfidence(ConfidenceLevel.Percent99_8);
        Assert.Equal(IntervalMethod.ExactPoisson, rate.Interval.Method);
        Assert.EndsWith(" 99.8%", rate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_levels_at_once()
    {
        var rate = Rate.Create(65, 100, per: 100);
        var intervals = rate.IntervalsAt(0.95, 0.998);
        Assert.Equal(2, intervals.Length);
        Assert.True(intervals[1].Lower < intervals[0].Lower && intervals[1].Upper > intervals[0].Upper);
        Assert.Equal(rate.Interval, intervals[0]);
    }

    [Fact]
    public void Zero_and_missing_denominators_are_not_computable_rather_than_exceptions()
    {
        var zero = Rate.Create(3, 0);
        Assert.False(zero.IsComputable);
        Assert.Equal(NotComputableReason.ZeroDenominator, zero.Reason);
        Assert.True(double.IsNaN(zero.Value));
        Assert.True(zero.Interval.IsEmpty);
        Assert.Equal("3/0 → not computable: zero denominator", zero.ToString());

        Assert.Equal(NotComputableReason.MissingDenominator, Rate.Create(3, null).Reason);
        Assert.Equal(NotComputableReason.MissingCount, Proportion.Create(null, 10).Reason);
        Assert.Equal(NotComputableReason.ZeroDenominator, Proportion.Create(0, 0).Reason);
        Assert.Equal(NotComputableReason.ZeroBaseline, RelativeChange.Create(5, 0).Reason);
    }

    [Fact]
    public void Impossible_input_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>("count", () => Rate.Create(-1, 100));
        Assert.Throws<ArgumentOutOfRangeException>("population", () => Rate.Create(1, -100));
        Assert.Throws<ArgumentOutOfRangeException>("per", () => Rate.Create(1, 100, per: 0));
        Assert.Throws<ArgumentException>("count", () => Proportion.Create(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>("level", () => ConfidenceLevel.Create(95));
        Assert.Throws<ArgumentOutOfRangeException>("level", () => ConfidenceLevel.Create(1));
    }

    [Fact]
    public void A_rate_may_exceed_its_population_but_a_share_may_not()
    {
        Assert.True(Rate.Create(250, 220, per: 100_000).IsComputable);
        Assert.Throws<ArgumentException>(() => Proportion.Create(250, 220));
    }

    [Fact]
    public void Equality_is_by_components_not_by_value()
    {
        Assert.Equal(Rate.Create(2, 1000), Rate.Create(2, 1000));
        Assert.NotEqual(Rate.Create(2, 1000), Rate.Create(4, 2000));
        Assert.Equal(Rate.Create(2, 1000).Value, Rate.Create(4, 2000).Value);
        Assert.True(Rate.Create(2, 1000) != Rate.Create(2, 1000).WithConfidence(0.998));
        Assert.Equal(Proportion.Create(1, 2).GetHashCode(), Proportion.Create(1, 2).GetHashCode());
    }

    [Fact]
    public void Merge_pools_counts_and_populations()
    {
        var merged = Rate.Create(5, 1000).Merge(Rate.Create(7, 3000));
        Assert.Equal(Rate.Create(12, 4000), merged);
    }

    [Fact]
    public void Proportion_in_percent_and_as_a_fraction()
    {
        var share = Proportion.Create(65, 100);
        Assert.Equal("65/100 → 65.0 % [55.3, 73.6]", share.ToString());
        Assert.Equal("65/100 → 65,0\u00A0% [55,3; 73,6]", share.ToString(null, Norwegian));
        Assert.Equal("65/100 → 0.650 [0.553, 0.736]", share.WithPer(1).ToString());
    }

    [Fact]
    public void Difference_of_two_shares_is_in_percentage_points()
    {
        // Newcombe (1998) example: 56/70 − 48/80 = 0.2, 95 % CI 0.0524 to 0.3339.
        var change = Proportion.Create(56, 70) - Proportion.Create(48, 80);
        Assert.Equal(20, change.Value, 12);
        Assert.Equal("56/70 − 48/80 → 20.0 pp [5.2, 33.4]", change.ToString());
        Assert.Equal(-change.Value, (-change).Value);
    }

    [Fact]
    public void Hdir_share_fall_is_percentage_points_and_relative_change_is_percent()
    {
        // 80-89 receiving services: 51.6 % (2014) → 44.7 % (2022) (domain notes D3/D4): −6.9 pp, −13.4 %.
        var change = RelativeChange.Create(44.7, 51.6);
        Assert.Equal(-13.37, PresentationRounding.Round(change.Percent, 2));
        Assert.Equal(-6.9, PresentationRounding.Round(change.Difference, 1));
    }

    [Fact]
    public void Relative_change_of_welfare_technology_users()
    {
        // Domain notes D4: trygghetsalarm 80 404 (2019) → 104 003 (2020) = +29 %; EMS 1 816 → 5 712 = +215 %.
        Assert.Equal(29, PresentationRounding.Round(RelativeChange.Create(104_003, 80_404).Percent, 0));
        Assert.Equal(215, PresentationRounding.Round(RelativeChange.Create(5_712, 1_816).Percent, 0));
        Assert.Equal("80404 → 104003: +29.4 %", RelativeChange.Create(104_003, 80_404).ToString());
    }

    [Fact]
    public void Presentation_rounding_is_half_away_from_zero_on_the_decimal_text()
    {
        Assert.Equal(2.68, PresentationRounding.Round(2.675, 2));
        Assert.Equal(-2.68, PresentationRounding.Round(-2.675, 2));
        Assert.Equal(1.0, PresentationRounding.Round(0.95, 0));
        Assert.Equal(-0.1, PresentationRounding.Round(-0.05, 1));
        Assert.Equal(0.3, PresentationRounding.Round(0.25, 1));
    }

    [Fact]
    public void Confidence_level_text_and_quantile()
    {
        Assert.Equal("95%", ConfidenceLevel.Percent95.ToString());
        Assert.Equal("99,8\u00A0%", ConfidenceLevel.Percent99_8.ToString(null, Norwegian));
        Assert.Equal(1.959963984540054, ConfidenceLevel.Percent95.Z, 12);
        Assert.Equal(ConfidenceLevel.Create(0.95), default);
        Assert.Equal(ConfidenceLevel.FromPercent(99.8), ConfidenceLevel.Percent99_8);
    }
}

public class MeasureNorwegianFormattingTests
{
    [Fact]
    public void Negative_changes_use_the_Norwegian_minus_sign_and_decimal_comma()
    {
        var nb = CultureInfo.GetCultureInfo("nb-NO");
        var change = Proportion.Create(447, 1000) - Proportion.Create(516, 1000);
        var text = change.ToString(null, nb);
        Assert.StartsWith("447/1000 − 516/1000 → \u22126,9 pp [\u2212", text, StringComparison.Ordinal);
        Assert.Contains("; \u2212", text, StringComparison.Ordinal);
        Assert.StartsWith("447/1000 − 516/1000 → -6.9 pp [-", change.ToString(), StringComparison.Ordinal);
    }
}
